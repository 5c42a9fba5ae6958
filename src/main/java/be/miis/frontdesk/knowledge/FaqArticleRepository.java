package be.miis.frontdesk.knowledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface FaqArticleRepository extends JpaRepository<FaqArticle, Long> {

    List<FaqArticle> findByStatusOrderByUpdatedAtDesc(ArticleStatus status, Limit limit);

    List<FaqArticle> findByStatusAndReviewByBeforeOrderByReviewBy(ArticleStatus status, LocalDate date, Limit limit);

    /** The articles with their translations in one query (a list that names several articles). */
    @EntityGraph(attributePaths = "translations")
    List<FaqArticle> findByIdIn(Collection<Long> ids);
}
