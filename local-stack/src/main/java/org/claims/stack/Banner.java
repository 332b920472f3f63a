package org.claims.stack;

import java.util.List;

/** The summary printed once everything is up. */
final class Banner {
    private Banner() {
    }

    static void print(StackOptions o, Infra infra, List<ServiceProcess> services, long startupMillis) {
        String line = "=".repeat(78);
        StringBuilder b = new StringBuilder("\n").append(line).append('\n');
        b.append(" Claims local stack is up (").append(String.format("%.1f", startupMillis / 1000.0)).append(" s)\n\n");
        b.append(" Kafka       ").append(infra.bootstrapServers).append(infra.embeddedKafka() ? "" : " (external)").append('\n');
        b.append(" PostgreSQL  ").append(infra.jdbcUrl).append("  user ").append(infra.dbUser).append('\n');
        if (services.isEmpty()) {
            b.append("\n Infrastructure only: run the services yourself, e.g. ./mvnw -pl query-service quarkus:dev\n");
        } else {
            b.append(" ingest      http://localhost:8081/api/articles   (POST, Authorization: Bearer <key>)\n");
            b.append(" extract     http://localhost:8082/api/extract\n");
            b.append(" query       http://localhost:8083/api/claims\n");
            b.append(" dashboard   http://localhost:8083/\n");
            b.append(" logs        ").append(o.logsDir()).append("/<service>.log\n\n");
            b.append(" API key     ").append(o.apiKey()).append(o.apiKeyGenerated() ? "  (generated; set INGEST_API_KEYS to choose)" : "  (INGEST_API_KEYS)").append("\n\n");
            b.append(" Try:\n");
            b.append("   curl -s -X POST 'http://localhost:8081/api/articles?language=en&publishedAt=2024-11-04' \\\n");
            b.append("        -H 'Authorization: Bearer ").append(o.apiKey()).append("' -H 'Content-Type: text/plain' \\\n");
            b.append("        --data 'The Pentagon said on Monday that about 10,000 North Korean soldiers are in Kursk.'\n");
            b.append("   curl -s 'http://localhost:8083/api/claims?size=5'\n");
        }
        b.append("   kcat -b ").append(infra.bootstrapServers).append(" -t claims -C -o beginning -f '%k %s\\n'\n\n");
        b.append(" Data in ").append(o.dataDir()).append(" (kept across restarts). Ctrl-C stops everything.\n");
        b.append(line);
        System.out.println(b);
    }
}
