package org.irwatch.core.workers;

/** Where a worker was referred for help (the seeds' Appendix 6 list). */
public enum ReferralBody implements Labelled {
    POLICE("Police"),
    GLAA("Gangmasters and Labour Abuse Authority (GLAA)"),
    NRM("National Referral Mechanism (NRM)"),
    UKVI_SPONSOR_COMPLIANCE("UKVI Sponsor Compliance"),
    CITIZENS_ADVICE("Citizens Advice"),
    CQC("Care Quality Commission (CQC)"),
    HMRC("HMRC"),
    SAFEGUARDING("Council safeguarding"),
    OTHER("Other");

    private final String label;

    ReferralBody(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
