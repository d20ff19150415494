package dev.nana.spring.boot.shop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

public interface CustomerRepository extends CrudRepository<Customer, Long>, PagingAndSortingRepository<Customer, Long> {
    Optional<Customer> findByEmail(String email);

    List<Customer> findByCityOrderByEmailAsc(String city);

    long countByCity(String city);

    Page<Customer> findByCity(String city, Pageable pageable);

    /** A query nana's policy refuses: random() is forbidden by the test application's properties. */
    @Query(value = "SELECT * FROM customer ORDER BY random()", nativeQuery = true)
    List<Customer> shuffled();
}
