package dk.sammen.referrals.referral;

/** Where a referral is: referred, then accepted, wait-listed or rejected by the provider, then started and ended; or revoked. */
public enum ReferralStatus {
    REFERRED, WAIT_LISTED, ACCEPTED, REJECTED, STARTED, ENDED, REVOKED
}
