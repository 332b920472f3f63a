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

    /** A public body's name ("Kenya National Commission on Human Rights", "Disaster Management Authority"). */
    private static boolean publicBody(String name) {
        return name.contains("Commission") || name.contains("Authority") || name.contains("Council")
                || name.contains("Office") || name.contains("Organization") || name.contains("Organisation");
    }

    static boolean fits(String roleType, String sourceType, String name) {
        if (roleType.equals(sourceType)) {
            return true;
        }
        return switch (roleType) {
            // "the report": its author, not a medium relaying it or a crowd
            case "org" -> !sourceType.equals("nation") && !sourceType.equals("media") && !sourceType.equals("group");
            case "agency" -> sourceType.equals("intelligence") || name.contains("Agency") || publicBody(name);
            case "ministry" -> name.contains("Ministry") || name.contains("Department");
            case "intelligence" -> name.contains("Intelligence");
            case "police" -> name.contains("Police") || name.contains("Interior");
            default -> name.toLowerCase(Locale.ROOT).contains(roleType); // "the commission": a Commission
        };
    }
}
