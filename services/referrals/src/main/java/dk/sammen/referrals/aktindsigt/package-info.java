/**
 * The referrals service's part of the young person's own record (aktindsigt): the underretninger
 * about them, redacted, and their referrals to offers; as JSON and as a PDF.
 */
@NullMarked
package dk.sammen.referrals.aktindsigt;

import org.jspecify.annotations.NullMarked;
