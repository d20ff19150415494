package dev.nana.compat.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A visit of a patient; its note is encrypted. */
@Entity
@Table(name = "visits")
public class Visit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Patient patient;

    private String note;

    protected Visit() {
    }

    public Visit(Patient patient, String note) {
        this.patient = patient;
        this.note = note;
    }

    public Patient getPatient() {
        return patient;
    }

    public String getNote() {
        return note;
    }
}
