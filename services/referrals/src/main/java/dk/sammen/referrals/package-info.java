@NullMarked
package dk.sammen.referrals;

import org.jspecify.annotations.NullMarked;
