package dk.sammen.platform.consistency;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a processor's stored token says a write at a position of the event store is in its read models. */
class ProcessorPositionsTest {

    @Test
    void aTokenCoversWhatItHasPassedExceptTheGapsItStillWaitsFor() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(20, List.of(7L, 15L));

        assertThat(ProcessorPositions.covers(token, 20)).isTrue();
        assertThat(ProcessorPositions.covers(token, 12)).as("a gap below, another transaction's, does not matter").isTrue();
        assertThat(ProcessorPositions.covers(token, 15)).as("the write is one of the gaps: not taken in yet").isFalse();
        assertThat(ProcessorPositions.covers(token, 21)).isFalse();
    }

    @Test
    void aReplayCoversOnlyWhatTheReplayHasReachedAgain() {
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(100, List.of());
        GapAwareTrackingToken replayedTo = GapAwareTrackingToken.newInstance(40, List.of());

        ReplayToken replaying = (ReplayToken) ReplayToken.createReplayToken(before, replayedTo);

        assertThat(ProcessorPositions.covers(replaying, 40)).isTrue();
        assertThat(ProcessorPositions.covers(replaying, 41)).as("the view is being rebuilt: not there yet").isFalse();
    }

    @Test
    void segmentsBeingMergedCoverWhatTheSlowerHasReached() {
        MergedTrackingToken merging = new MergedTrackingToken(GapAwareTrackingToken.newInstance(30, List.of()),
                GapAwareTrackingToken.newInstance(50, List.of()));

        assertThat(ProcessorPositions.covers(merging, 30)).isTrue();
        assertThat(ProcessorPositions.covers(merging, 31)).isFalse();
    }
}
