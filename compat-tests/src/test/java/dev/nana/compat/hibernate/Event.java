package dev.nana.compat.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Something that happened: a local date-time, the instant it was seen and its day, as Hibernate maps them. */
@Entity
@Table(name = "events")
public class Event {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private LocalDateTime createdAt;

    private Instant seenAt;

    private LocalDate day;

    protected Event() {
    }

    public Event(String name, LocalDateTime createdAt, Instant seenAt, LocalDate day) {
        this.name = name;
        this.createdAt = createdAt;
        this.seenAt = seenAt;
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Instant getSeenAt() {
        return seenAt;
    }

    public LocalDate getDay() {
        return day;
    }
}
