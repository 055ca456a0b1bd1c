@NullMarked
package dk.sammen.referrals.access;

import org.jspecify.annotations.NullMarked;
