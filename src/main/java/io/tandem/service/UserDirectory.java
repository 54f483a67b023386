package io.tandem.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Users, their roles, bcrypt password hashes and preferred language. */
public interface UserDirectory {

    /** The user, if the name exists and the password matches its bcrypt hash. */
    Optional<User> authenticate(String name, char[] password);

    /** Adds a user; throws {@link IllegalArgumentException} if the name is taken or invalid. */
    void add(String name, Role role, char[] password);

    Optional<User> find(String name);

    List<User> list();

    void setLanguage(String name, Locale language);
}
