package org.irwatch.data.bench;

/**
 * Writes the national-size input files alone (two registers a month apart, a CQC directory), for the cold
 * command-line benchmark {@code bench/cold.sh}, which imports and matches them with {@code bin/irwatch}. Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.NationalInputFiles}.
 */
public final class NationalInputFiles {

    public static void main(String[] args) throws Exception {
        NationalInputs.National national = NationalInputs.build(args);
        System.out.println("register: " + national.registers().earlier().toAbsolutePath() + " ("
                + national.registers().rows() + " rows)");
        System.out.println("CQC directory: " + national.cqc().toAbsolutePath());
    }
}
