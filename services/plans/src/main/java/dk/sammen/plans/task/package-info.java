/**
 * Tasks and notifications: what a course needs someone to do next (find a tovholder, hold the
 * meeting, follow up an agreement, acknowledge a double offer, plan the transition at 18, read
 * what intake learnt), each with the person it is assigned to and when it is due, raised from
 * the course's events and closed by the event of the act itself; and each professional's feed of
 * the tasks that came to them, which a front end reads or listens to.
 */
@NullMarked
package dk.sammen.plans.task;

import org.jspecify.annotations.NullMarked;
