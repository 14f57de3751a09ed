package id.loket.catalog;

import java.util.Set;

/**
 * The guard codes that exist, so the admin picks a step's guard from a list instead of typing it. The catalogue
 * cannot know the guards (they live in features that depend on the catalogue); the workflow, which collects
 * them, offers their codes through this interface.
 */
public interface StepGuardCodes {

    Set<String> codes();
}
