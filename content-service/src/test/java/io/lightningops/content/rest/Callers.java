package io.lightningops.content.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import io.lightningops.defaults.testing.KeycloakTokens;

/** Requests as the realm's users, with real Keycloak tokens. */
final class Callers {

    private Callers() {
    }

    static RequestSpecification as(String user) {
        return given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser(user)))
                .contentType(ContentType.JSON);
    }

    static RequestSpecification asPartner() {
        return given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha")))
                .contentType(ContentType.JSON);
    }

    /** Creates a MAIN account as the operator and answers its id. */
    static String mainAccount() {
        return as("operator")
                .body("{\"name\": \"主号\", \"douyinId\": \"" + AccountResourceTest.uniqueDouyinId() + "\", \"tier\": \"MAIN\"}")
                .post("/api/accounts").then().statusCode(201).extract().path("id");
    }
}
