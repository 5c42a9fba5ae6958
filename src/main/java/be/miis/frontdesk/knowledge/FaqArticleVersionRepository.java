package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FaqArticleVersionRepository extends JpaRepository<FaqArticleVersion, Long> {

    List<FaqArticleVersion> findByArticleIdOrderByNumberDescLanguage(long articleId);

    List<FaqArticleVersion> findByArticleIdAndCurrentTrue(long articleId);

    Optional<FaqArticleVersion> findByArticleIdAndNumberAndLanguage(
            long articleId, int number, ContentLanguage language);
}
