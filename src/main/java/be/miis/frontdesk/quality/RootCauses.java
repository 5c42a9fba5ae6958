package be.miis.frontdesk.quality;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admins' list of root causes (V75): a few rows, read whole. */
@Component
class RootCauses {

    static final int MAX_NAME = 120;

    private final JdbcClient jdbc;

    RootCauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RootCause> all() {
        return jdbc.sql("select id, name_nl, name_fr, name_en, active from complaint_root_cause order by id")
                .query((rs, n) -> new RootCause(
                        rs.getLong("id"),
                        rs.getString("name_nl"),
                        rs.getString("name_fr"),
                        rs.getString("name_en"),
                        rs.getBoolean("active")))
                .list();
    }

    Optional<RootCause> find(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    long add(String nl, String fr, String en) {
        return jdbc.sql("""
                        insert into complaint_root_cause (name_nl, name_fr, name_en) values (:nl, :fr, :en)
                        returning id
                        """)
                .param("nl", name(nl, "nameNl"))
                .param("fr", name(fr, "nameFr"))
                .param("en", name(en, "nameEn"))
                .query(Long.class)
                .single();
    }

    boolean setActive(long id, boolean active) {
        return jdbc.sql("update complaint_root_cause set active = :active where id = :id")
                        .param("active", active)
                        .param("id", id)
                        .update()
                == 1;
    }

    private static String name(String value, String field) {
        String name = value.strip();
        if (name.isEmpty()) {
            throw new InvalidComplaintException(field, "quality.rootCause.name.required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidComplaintException(field, "quality.rootCause.name.tooLong");
        }
        return name;
    }
}
