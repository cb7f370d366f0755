package org.irwatch.core.grants;

import java.util.List;
import java.util.Set;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Scope;

/**
 * The grant initiatives of each area and financial year: entered one by one or imported, checked here (a name, a
 * budget, no two of an area and year with the same name), and read for an area's return.
 */
public final class Grants {

    /** The longest name kept; the column holds 200 characters. */
    static final int LONGEST_NAME = 200;

    private final GrantRepository repository;
    private final AreaCouncils areaCouncils;

    public Grants(GrantRepository repository, AreaCouncils areaCouncils) {
        this.repository = repository;
        this.areaCouncils = areaCouncils;
    }

    /** The initiatives kept for exactly this area and year, by name: the ones its people enter and edit. */
    public List<GrantInitiative> of(Scope area, FinancialYear year) {
        return repository.inYear(year).stream().filter(i -> i.areaKey().equals(area.key())).toList();
    }

    /**
     * The initiatives of a year whose area lies wholly within these councils: a partnership's return holds its own
     * and its councils'; England's holds every one. An initiative of an area that no longer exists is left out.
     */
    public List<GrantInitiative> within(Set<String> councils, FinancialYear year) {
        return repository.inYear(year).stream().filter(i -> areaCouncils.of(i.areaKey())
                .filter(own -> !own.isEmpty() && councils.containsAll(own)).isPresent()).toList();
    }

    /**
     * Stores a new or changed initiative.
     *
     * @throws UserFacingException when it has no name, a name too long, no budget, or the name of another of the
     *                             area's initiatives that year
     */
    public GrantInitiative save(GrantInitiative initiative, String areaLabel) {
        check(initiative);
        boolean taken = repository.inYear(initiative.year()).stream().anyMatch(other -> other.areaKey()
                .equals(initiative.areaKey()) && other.nameKey().equals(initiative.nameKey())
                && !other.id().equals(initiative.id()));
        if (taken) {
            throw new UserFacingException("There is already an initiative called \"" + initiative.name() + "\" for "
                    + areaLabel + " in " + initiative.year().label() + ". Give this one another name, or change that "
                    + "one.");
        }
        return repository.saveAll(List.of(initiative)).getFirst();
    }

    public void remove(GrantInitiative initiative) {
        repository.remove(initiative.id());
    }

    /** Stores initiatives an import has checked and merged, all or none. */
    List<GrantInitiative> saveAll(List<GrantInitiative> initiatives) {
        return repository.saveAll(initiatives);
    }

    List<GrantInitiative> inYear(FinancialYear year) {
        return repository.inYear(year);
    }

    /** Why an initiative cannot be kept, in a sentence; null when it can. */
    static String problem(String name, Object budget) {
        if (name == null || name.isBlank()) {
            return "An initiative needs a name, e.g. \"Retention payments\".";
        }
        if (name.strip().length() > LONGEST_NAME) {
            return "An initiative's name can be up to " + LONGEST_NAME + " characters; this one has "
                    + name.strip().length() + ".";
        }
        if (budget == null) {
            return "Give \"" + name.strip() + "\" its budget for the year, e.g. £25,000.";
        }
        return null;
    }

    private static void check(GrantInitiative initiative) {
        String problem = problem(initiative.name(), initiative.budget());
        if (problem != null) {
            throw new UserFacingException(problem);
        }
    }
}
