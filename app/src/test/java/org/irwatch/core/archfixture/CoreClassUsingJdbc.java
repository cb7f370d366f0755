package org.irwatch.core.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Deliberately breaks the layering (core must not run SQL): only {@code LayeringRulesCanFailTest} imports it. */
public final class CoreClassUsingJdbc {

    public boolean isOpen(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
