package be.miis.frontdesk.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface FaqArticleRepository extends JpaRepository<FaqArticle, Long> {

    List<FaqArticle> findByStatusOrderByUpdatedAtDesc(ArticleStatus status, Limit limit);

    List<FaqArticle> findByStatusAndReviewByBeforeOrderByReviewBy(ArticleStatus status, LocalDate date, Limit limit);
}
