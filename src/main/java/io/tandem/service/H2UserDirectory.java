package io.tandem.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Users in an H2 file database under the node's data directory. A connection is opened per call and closed
 * again, so {@code useradd} in another JVM can open the same file while the server runs (H2 locks the file
 * only while a connection is open). Temporary home: io.tandem.store will own this table.
 */
public final class H2UserDirectory implements UserDirectory {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");
    private static final int BCRYPT_COST = 10;
    private final String url;

    public H2UserDirectory(Path dataDirectory) {
        this.url = "jdbc:h2:file:" + dataDirectory.resolve("users").toAbsolutePath();
        try (Connection c = connect()) {
            c.createStatement().execute("""
                    CREATE TABLE IF NOT EXISTS users (
                      name VARCHAR(32) PRIMARY KEY,
                      role VARCHAR(16) NOT NULL,
                      bcrypt VARCHAR(60) NOT NULL,
                      language VARCHAR(16) NOT NULL DEFAULT 'en')""");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open user database " + url, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "tandem", "");
    }

    @Override
    public Optional<User> authenticate(String name, char[] password) {
        try (Connection c = connect();
             PreparedStatement st = c.prepareStatement("SELECT role, bcrypt, language FROM users WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                String pw = new String(password);
                if (!rs.next()) {
                    BCrypt.checkpw(pw, DUMMY_HASH); // same work for unknown names: no user enumeration by timing
                    return Optional.empty();
                }
                if (!BCrypt.checkpw(pw, rs.getString(2))) {
                    return Optional.empty();
                }
                return Optional.of(new User(name, Role.valueOf(rs.getString(1)), Locale.forLanguageTag(rs.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String DUMMY_HASH = BCrypt.hashpw("not-a-password", BCrypt.gensalt(BCRYPT_COST));

    @Override
    public void add(String name, Role role, char[] password) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid user name '" + name + "'");
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("password too short (8 characters at least)");
        }
        String hash = BCrypt.hashpw(new String(password), BCrypt.gensalt(BCRYPT_COST));
        Arrays.fill(password, '\0');
        try (Connection c = connect();
             PreparedStatement st = c.prepareStatement("INSERT INTO users (name, role, bcrypt) VALUES (?, ?, ?)")) {
            st.setString(1, name);
            st.setString(2, role.name());
            st.setString(3, hash);
            st.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == 23505) {
                throw new IllegalArgumentException("user '" + name + "' already exists");
            }
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<User> find(String name) {
        return list().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    @Override
    public List<User> list() {
        try (Connection c = connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT name, role, language FROM users ORDER BY name")) {
            List<User> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new User(rs.getString(1), Role.valueOf(rs.getString(2)), Locale.forLanguageTag(rs.getString(3))));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void setLanguage(String name, Locale language) {
        try (Connection c = connect();
             PreparedStatement st = c.prepareStatement("UPDATE users SET language = ? WHERE name = ?")) {
            st.setString(1, language.toLanguageTag());
            st.setString(2, name);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
