package dk.sammen.referrals.aktindsigt;

import dk.sammen.referrals.referral.ReferralView;
import dk.sammen.referrals.underretning.UnderretningRecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the referrals service holds about one young person, for them.
 *
 * @param producedFor   who asked: the young person ({@code OWN}), a guardian of a minor ({@code GUARDIAN}) or the
 *                      data-protection officer ({@code DPO}) answering a request by letter
 * @param underretninger the notifications of concern about them, oldest first, the reporter and third parties left out
 * @param referrals     their referrals to offers, oldest first
 */
public record OwnRecord(UUID citizenId, Instant producedAt, String producedFor, List<UnderretningRecord> underretninger,
                        List<ReferralView> referrals) {
}
