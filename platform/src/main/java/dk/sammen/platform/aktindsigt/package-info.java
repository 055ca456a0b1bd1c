/**
 * The young person's own record (aktindsigt; GDPR art. 15): who may have it from any service
 * ({@link dk.sammen.platform.aktindsigt.OwnRecordAccess}) and how a service's part is written
 * as a PDF ({@link dk.sammen.platform.aktindsigt.RecordPdf}). Each service answers
 * {@code GET /citizens/{citizenId}/record} with what it holds.
 */
@NullMarked
package dk.sammen.platform.aktindsigt;

import org.jspecify.annotations.NullMarked;
