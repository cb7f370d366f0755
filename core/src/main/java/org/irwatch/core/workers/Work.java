package org.irwatch.core.workers;

import java.util.Set;

/**
 * The work a worker can do and wants.
 *
 * @param otherSkills free text: qualifications and skills not in {@link Skill}, a diploma's level
 * @param english IELTS score or equivalent, or a self-assessment, as written
 * @param hoursWanted hours a week; null when not said
 */
public record Work(Set<Role> roles, Set<Skill> skills, String otherSkills, String english, Integer hoursWanted) {

    public Work {
        roles = Set.copyOf(roles);
        skills = Set.copyOf(skills);
        otherSkills = Text.clean(otherSkills);
        english = Text.clean(english);
    }
}
