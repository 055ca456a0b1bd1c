@NullMarked
package dk.sammen.events.referrals;

import org.jspecify.annotations.NullMarked;
