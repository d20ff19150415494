package dev.nana.spring.boot.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The test application: a customer table through Spring Data JPA, carts in the key-value namespace "carts". */
@SpringBootApplication
public class ShopApplication {
}
