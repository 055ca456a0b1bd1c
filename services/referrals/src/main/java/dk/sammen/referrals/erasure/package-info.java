@NullMarked
package dk.sammen.referrals.erasure;

import org.jspecify.annotations.NullMarked;
