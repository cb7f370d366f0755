package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            REGISTERED,         CONTACTED,          true
            REGISTERED,         OFFER_MADE,         true
            REGISTERED,         COS_ASSIGNED,       false
            REGISTERED,         PLACED,             false
            SUPPORTED,          REGISTERED,         true
            OFFER_MADE,         SUPPORTED,          true
            OFFER_MADE,         COS_ASSIGNED,       true
            OFFER_MADE,         PLACED,             true
            COS_ASSIGNED,       PLACED,             true
            INTERVIEW_ARRANGED, PLACED,             false
            CONTACTED,          LOST_CONTACT,       true
            LOST_CONTACT,       CONTACTED,          true
            WITHDRAWN,          CONTACTED,          true
            WITHDRAWN,          PLACED,             false
            PLACED,             SUPPORTED,          false
            LEFT_UK,            CONTACTED,          false
            CONTACTED,          CONTACTED,          false
            """)
    void pipelineAllowsOnlyTheMovesItNames(Stage from, Stage to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            REGISTERED,   false
            COS_ASSIGNED, false
            PLACED,       true
            WITHDRAWN,    true
            LEFT_UK,      true
            LOST_CONTACT, true
            """)
    void closedStagesEndThePipeline(Stage stage, boolean closed) {
        assertThat(stage.isClosed()).isEqualTo(closed);
    }
}
