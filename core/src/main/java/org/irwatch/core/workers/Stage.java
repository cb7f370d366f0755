package org.irwatch.core.workers;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a displaced worker is on the way to a new sponsor. The open stages run in order; the closed ones end the
 * pipeline (placed, withdrawn, left the UK, lost contact).
 */
public enum Stage implements Labelled {
    REGISTERED("Registered"),
    CONTACTED("Contacted"),
    SUPPORTED("Supported"),
    INTERVIEW_ARRANGED("Interview arranged"),
    OFFER_MADE("Offer made"),
    COS_ASSIGNED("Certificate of sponsorship assigned"),
    PLACED("Placed"),
    WITHDRAWN("Withdrawn"),
    LEFT_UK("Left the UK"),
    LOST_CONTACT("Lost contact");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isClosed() {
        return ordinal() >= PLACED.ordinal();
    }

    /** An offer has been made (or more): the deadline rule no longer asks for action. */
    public boolean hasOffer() {
        return this == OFFER_MADE || this == COS_ASSIGNED || this == PLACED;
    }

    /**
     * The stages a worker may move to from this one. Open stages move forward freely up to an offer and back when an
     * interview or offer falls through; a certificate of sponsorship needs an offer, a placement needs an offer or a
     * certificate. Any open stage can close as withdrawn, left the UK or lost contact. Someone withdrawn or lost
     * reappears as contacted; placed and left the UK are final.
     */
    public Set<Stage> allowedMoves() {
        Set<Stage> moves = EnumSet.noneOf(Stage.class);
        switch (this) {
            case PLACED, LEFT_UK -> {
                return moves;
            }
            case WITHDRAWN, LOST_CONTACT -> {
                moves.add(CONTACTED);
                return moves;
            }
            default -> {
                for (Stage stage : values()) {
                    if (!stage.isClosed() && stage != this && stage.ordinal() <= OFFER_MADE.ordinal()) {
                        moves.add(stage);
                    }
                }
                if (this == OFFER_MADE || this == COS_ASSIGNED) {
                    moves.add(COS_ASSIGNED);
                    moves.add(PLACED);
                }
                moves.remove(this);
                moves.addAll(EnumSet.of(WITHDRAWN, LEFT_UK, LOST_CONTACT));
                return moves;
            }
        }
    }

    public boolean canMoveTo(Stage next) {
        return allowedMoves().contains(next);
    }
}
