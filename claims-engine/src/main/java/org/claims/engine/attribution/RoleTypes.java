package org.claims.engine.attribution;

import java.util.Locale;

/**
 * Which named sources a role noun can stand for. Types come from the gazetteer; a few roles are broader than
 * one type ("the agency" may be a UN agency or an intelligence agency; "the ministry" any ministry or
 * department, whatever the type it was filed under for other roles).
 */
final class RoleTypes {
    private RoleTypes() {
    }

    static boolean fits(String roleType, String sourceType, String name) {
        if (roleType.equals(sourceType)) {
            return true;
        }
        return switch (roleType) {
            case "agency" -> sourceType.equals("intelligence") || name.contains("Agency");
            case "ministry" -> name.contains("Ministry") || name.contains("Department");
            case "intelligence" -> name.contains("Intelligence");
            case "police" -> name.contains("Police") || name.contains("Interior");
            default -> name.toLowerCase(Locale.ROOT).contains(roleType); // "the commission": a Commission
        };
    }
}
