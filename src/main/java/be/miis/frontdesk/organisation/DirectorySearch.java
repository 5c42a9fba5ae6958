package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.SearchText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The "as you type" lookup over organisations and contacts. Every word typed must occur somewhere in the row's
 * normalised search text ({@code like '%word%'}, served by the trigram GIN indexes); rows whose text contains the
 * typed words at word starts come first ({@code word_similarity}).
 */
@Component
class DirectorySearch {

    private final JdbcClient jdbc;

    DirectorySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> organisationIds(String query, boolean includeInactive, int limit) {
        return ids("organisation", "name_nl", query, includeInactive, limit);
    }

    List<Long> contactIds(String query, int limit) {
        return ids("contact", "last_name", query, false, limit);
    }

    private List<Long> ids(String table, String tieBreaker, String query, boolean includeInactive, int limit) {
        List<String> patterns = SearchText.likePatterns(query);
        if (patterns.isEmpty()) {
            return List.of();
        }
        // One "like" per word (not "like all (array)"): only the plain form is answered by the trigram index.
        StringBuilder sql = new StringBuilder("select id from ").append(table).append(" where true");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            sql.append(" and search_text like :p").append(i);
            params.put("p" + i, patterns.get(i));
        }
        if (!includeInactive) {
            sql.append(" and active");
        }
        sql.append(" order by word_similarity(:query, search_text) desc, ")
                .append(tieBreaker)
                .append(", id limit :limit");
        params.put("query", String.join(" ", patterns).replace("%", " ").trim());
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }
}
