package io.lightningops.campaign.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import io.lightningops.defaults.testing.KeycloakTokens;

/** Real tokens and the few records most tests start from, made over HTTP like a client would. */
public final class Fixtures {

    public static final String PROBLEM = "application/problem+json";

    private Fixtures() {
    }

    public static RequestSpecification as(String user) {
        return given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser(user)))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification asAgency(String agency) {
        return given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency(agency)))
                .contentType(ContentType.JSON);
    }

    /** The MCN partner whose agency is {@code agency} (alpha, beta: the dev realm's clients), made once. */
    public static String mcn(String agency) {
        Integer total = as("analyst").queryParam("agency", agency).get("/api/partners")
                .then().statusCode(200).extract().path("total");
        if (total > 0) {
            return as("analyst").queryParam("agency", agency).get("/api/partners").then().extract().path("items[0].id");
        }
        return as("operator").body(Map.of("name", "MCN " + agency, "type", "MCN", "agency", agency))
                .post("/api/partners").then().statusCode(201).extract().path("id");
    }

    public static String creator(String name) {
        return as("operator").body(Map.of("name", name, "type", "CREATOR"))
                .post("/api/partners").then().statusCode(201).extract().path("id");
    }

    public static String partnership(String partnerId, String title) {
        return as("operator").body(Map.of("partnerId", partnerId, "title", title))
                .post("/api/partnerships").then().statusCode(201).extract().path("id");
    }

    public static String deliverable(String partnershipId, String price) {
        return as("operator").body(Map.of("kind", "VIDEO", "title", "开箱视频", "dueAt", "2030-12-05T20:00:00+08:00",
                        "price", price))
                .post("/api/partnerships/" + partnershipId + "/deliverables").then().statusCode(201).extract().path("id");
    }

    public static void moveTo(String partnershipId, String... statuses) {
        for (String status : statuses) {
            as("operator").body(Map.of("status", status))
                    .post("/api/partnerships/" + partnershipId + "/transitions").then().statusCode(200);
        }
    }

    /** A partnership of {@code agency}'s MCN in force, with one deliverable; returns {partnershipId, deliverableId}. */
    public static String[] inForce(String agency) {
        String partnership = partnership(mcn(agency), agency + " 合作 " + UUID.randomUUID().toString().substring(0, 6));
        String deliverable = deliverable(partnership, "6000.00");
        moveTo(partnership, "LEGAL_REVIEW", "SIGNED", "IN_FORCE");
        return new String[] {partnership, deliverable};
    }
}
