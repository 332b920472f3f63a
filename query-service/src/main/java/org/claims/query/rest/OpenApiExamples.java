package org.claims.query.rest;

/** Response examples shown in Swagger UI; kept apart so the resources stay readable. */
final class OpenApiExamples {
    private OpenApiExamples() {
    }

    static final String SERIES = """
            {"series": [{"subject": "North Korean soldiers", "measure": "present", "location": "Russia",
              "sources": [
                {"source": "US Department of Defense", "low": 10000, "high": 10000, "statedOn": "2024-10-28",
                 "date": "2024-10-28", "claimId": "4f1c2a9e0b7d3c5a8e6f1d20", "articles": 2,
                 "articleIds": ["a1b2c3", "d4e5f6"]},
                {"source": "unattributed", "low": 11000, "high": 12000, "statedOn": null,
                 "date": "2024-11-04", "claimId": "9a8b7c6d5e4f3a2b1c0d9e8f", "articles": 1,
                 "articleIds": ["0a1b2c"]}],
              "min": 3000, "max": 12000, "count": 9, "reports": 12, "first": "2024-10-23", "last": "2025-02-27"}]}""";

    static final String DISAGREEMENTS = """
            {"windowDays": 30, "disagreements": [{"subject": "North Korean soldiers", "measure": "present",
              "location": "Russia", "gap": 2000, "pairs": 1, "claims": [
                {"claimId": "4f1c2a9e0b7d3c5a8e6f1d20", "articleId": "a1b2c3", "extractor": "rules/1.0.0",
                 "language": "en", "measure": "present",
                 "subject": {"name": "North Korean soldiers", "text": "North Korean troops"},
                 "quantity": {"low": 10000, "high": 10000, "qualifier": "exact", "text": "10,000"},
                 "location": {"name": "Russia", "text": "Russia", "country": "Russia"},
                 "source": {"name": "US Department of Defense", "text": "the Pentagon", "person": null},
                 "statedOn": "2024-10-28", "hedged": false,
                 "evidence": {"text": "The Pentagon said 10,000 North Korean troops are in Russia.", "start": 0, "end": 58}},
                {"claimId": "9a8b7c6d5e4f3a2b1c0d9e8f", "articleId": "d4e5f6", "extractor": "rules/1.0.0",
                 "language": "fr", "measure": "present",
                 "subject": {"name": "North Korean soldiers", "text": "soldats nord-coréens"},
                 "quantity": {"low": 12000, "high": 12000, "qualifier": "exact", "text": "12 000"},
                 "location": {"name": "Russia", "text": "Russie", "country": "Russia"},
                 "source": {"name": "South Korean intelligence", "text": "le renseignement sud-coréen", "person": null},
                 "statedOn": "2024-11-13", "hedged": false,
                 "evidence": {"text": "Selon le renseignement sud-coréen, 12 000 soldats nord-coréens sont en Russie.",
                              "start": 120, "end": 197}}]}]}""";

    static final String TIMELINE = """
            {"points": [{"date": "2024-10-28", "low": 10000, "high": 10000, "source": "US Department of Defense",
              "claimId": "4f1c2a9e0b7d3c5a8e6f1d20", "measure": "present", "subject": "North Korean soldiers",
              "location": "Russia", "articleId": "a1b2c3", "qualifier": "exact", "hedged": false, "seq": 17}]}""";
}
