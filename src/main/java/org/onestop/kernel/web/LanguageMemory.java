package org.onestop.kernel.web;

import java.util.Optional;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;

/**
 * Where a signed-in person's choice of language is kept beyond one browser. The language switch
 * declares it; the module that owns accounts (identity) implements it, so the dependency points
 * from identity to the kernel and not back.
 */
public interface LanguageMemory {

    /** The language the actor's account reads, if the actor has an account. */
    Optional<Language> recall(Actor actor);

    /** Stores the actor's choice on their account; does nothing for an actor without one. */
    void remember(Actor actor, Language language);
}
