package org.irwatch.core.market;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which register routes make a "provider holding a sponsor licence": the worker routes care providers recruit care
 * workers and nurses on. The Health and Care visa is a kind of Skilled Worker visa, so the register lists it as
 * "Skilled Worker"; registers before December 2020 called that route "Tier 2 General". Other routes (Creative &
 * Sporting, Intra-company, Religious Worker, ...) are counted apart.
 */
public final class WorkerRoutes {

    /** The definition as the Market screen and the workbooks' notes give it. */
    public static final String DEFINITION = "Providers holding a sponsor licence: care providers surely matched "
            + "(High or Confirmed) to an organisation on the newest register of licensed sponsors with a licence on "
            + "the Skilled Worker route (which includes the Health and Care visa; \"Tier 2 General\" on registers "
            + "before December 2020). Sponsors on other routes only are counted apart.";

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[;/]\\s*");

    private WorkerRoutes() {
    }

    /** Whether routes as the register writes them ("Creative & Sporting / Skilled Worker") hold a worker route. */
    public static boolean includesWorkerRoute(String routes) {
        if (routes == null) {
            return false;
        }
        for (String route : SEPARATOR.split(routes.strip())) {
            String plain = route.toLowerCase(Locale.ROOT);
            if (plain.equals("skilled worker") || plain.equals("health and care") || plain.equals("tier 2 general")
                    || plain.equals("t2 general")) {
                return true;
            }
        }
        return false;
    }
}
