package dev.nana.compat.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An entity with an {@code int} field and an IDENTITY id: the shape that meets Hibernate's column-order trap. */
@Entity
public class Edition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int printRun;

    protected Edition() {
    }

    public Edition(int printRun) {
        this.printRun = printRun;
    }

    public Long getId() {
        return id;
    }

    public int getPrintRun() {
        return printRun;
    }
}
