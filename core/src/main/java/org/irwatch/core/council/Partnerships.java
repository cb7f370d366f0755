package org.irwatch.core.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irwatch.core.common.UserFacingException;

/**
 * Creates, changes and removes partnerships, checking what a user typed: a name no other area has, and councils
 * that exist. Councils are named as any source writes them.
 */
public final class Partnerships {

    private final PartnershipRepository repository;
    private final CouncilDirectory directory;

    public Partnerships(PartnershipRepository repository, CouncilDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    public List<Partnership> all() {
        return repository.all();
    }

    public Optional<Partnership> named(String name) {
        return find(all(), name);
    }

    /** A new partnership of the councils named; refused when the name is taken or a council is unknown. */
    public Partnership add(String name, List<String> councilNames) {
        return save(null, name, councils(councilNames));
    }

    /**
     * Stores a partnership, new ({@code replacing} null) or in place of the one called {@code replacing}.
     *
     * @throws UserFacingException when the name is empty or taken by another area, or no council is given
     */
    public Partnership save(String replacing, String name, List<Council> councils) {
        String plain = name == null ? "" : name.strip();
        if (plain.isEmpty()) {
            throw new UserFacingException("A partnership needs a name, e.g. \"Coventry and Warwickshire\".");
        }
        if (councils.isEmpty()) {
            throw new UserFacingException("Choose at least one council for the partnership \"" + plain + "\".");
        }
        if (ScopeByName.lookUp(plain, directory, List.of()).isPresent()) {
            throw new UserFacingException("\"" + plain + "\" is already the name of a council or region. "
                    + "Give the partnership another name, e.g. \"" + plain + " partnership\".");
        }
        Optional<Partnership> existing = named(plain);
        if (existing.isPresent() && (replacing == null || !sameName(existing.get().name(), replacing))) {
            throw new UserFacingException("There is already a partnership called \"" + existing.get().name()
                    + "\". Give another name, or remove that one first.");
        }
        if (replacing != null && named(replacing).isEmpty()) {
            throw new UserFacingException("There is no partnership called \"" + replacing + "\" to change.");
        }
        Partnership partnership = new Partnership(plain, councils);
        repository.save(partnership, replacing);
        return partnership;
    }

    /** @throws UserFacingException when no partnership has that name */
    public Partnership remove(String name) {
        Partnership partnership = named(name).orElseThrow(() -> new UserFacingException(
                "There is no partnership called \"" + name.strip() + "\". " + listed()));
        repository.remove(partnership.name());
        return partnership;
    }

    /** The councils named, each as any source writes it; the unknown ones refused together, with close names. */
    public List<Council> councils(List<String> names) {
        List<Council> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            directory.byName(name).ifPresentOrElse(found::add, () -> {
                List<String> close = ScopeByName.closeNames(name, directory);
                unknown.add("\"" + name.strip() + "\"" + (close.isEmpty() ? "" : " (did you mean "
                        + String.join(", ", close) + "?)"));
            });
        }
        if (!unknown.isEmpty()) {
            throw new UserFacingException("No council is called " + String.join(", ", unknown)
                    + ". Give councils' names separated by commas, e.g. \"Coventry,Warwickshire\".");
        }
        return found;
    }

    static Optional<Partnership> find(List<Partnership> partnerships, String name) {
        return partnerships.stream().filter(p -> sameName(p.name(), name)).findFirst();
    }

    private static boolean sameName(String a, String b) {
        return CouncilNames.key(a).equals(CouncilNames.key(b));
    }

    private String listed() {
        List<Partnership> all = all();
        return all.isEmpty() ? "None is recorded yet."
                : "Recorded: " + String.join(", ", all.stream().map(Partnership::name).toList()) + ".";
    }
}
