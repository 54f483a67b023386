package io.tandem.crm.configure;

import java.util.Optional;

/** Lets the user change a text ({@code $EDITOR} in the shell, a function in tests); empty when aborted. */
@FunctionalInterface
public interface Editor {
    Optional<String> edit(String text);
}
