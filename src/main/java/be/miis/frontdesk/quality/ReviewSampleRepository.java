package be.miis.frontdesk.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewSampleRepository extends ListCrudRepository<ReviewSample, Long> {

    Optional<ReviewSample> findByMonthAndReviewer(LocalDate month, String reviewer);

    List<ReviewSample> findByMonth(LocalDate month);
}
