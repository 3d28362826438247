package io.lightningops.content.rest;

import static io.lightningops.content.testing.Fixtures.ANALYST;
import static io.lightningops.content.testing.Fixtures.OPERATOR;
import static io.lightningops.content.testing.Fixtures.PARTNER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import io.lightningops.content.testing.Fixtures;
import io.lightningops.content.testing.StubPeers;

/** Plans under the 3+1 cadence filled from approved videos, the mix they report, applying them, and the calendar by day. */
@QuarkusTest
@WithTestResource(StubPeers.class)
class CalendarResourceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static LocalDate tomorrow() {
        return LocalDate.now(ZONE).plusDays(1);
    }

    private static JsonPath plan(Map<String, Object> body, int status) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body)
                .post("/api/calendar/plans").then().statusCode(status).extract().jsonPath();
    }

    /** An account with approved videos: {@code traffic}, {@code value} and {@code conversion} of each layer. */
    private static String accountWith(int traffic, int value, int conversion) {
        String account = Fixtures.account();
        for (int i = 0; i < traffic; i++) {
            Fixtures.approved(account, "引流" + i, "TRAFFIC");
        }
        for (int i = 0; i < value; i++) {
            Fixtures.approved(account, "干货" + i, "VALUE");
        }
        for (int i = 0; i < conversion; i++) {
            Fixtures.approved(account, "转化" + i, "CONVERSION");
        }
        return account;
    }

    @Test
    void a28Day3Plus1PlanHas21RegularAnd7PushDaysInOrderFilledToTheMix() {
        String account = accountWith(12, 12, 12);
        JsonPath plan = plan(Map.of("accountId", account, "startDate", tomorrow().toString(), "days", 28), 200);
        assertEquals("3+1", plan.getString("cadence"));
        assertEquals(21, plan.getInt("regularDays"));
        assertEquals(7, plan.getInt("pushDays"));
        assertEquals(28, plan.getInt("filled"));
        assertEquals(0, plan.getInt("empty"));
        assertEquals(tomorrow().plusDays(27).toString(), plan.getString("endDate"));
        List<String> types = plan.getList("plan.type");
        for (int day = 0; day < 28; day++) {
            assertEquals(day % 4 == 3 ? "PUSH" : "REGULAR", types.get(day), "day " + (day + 1));
        }
        assertEquals(tomorrow().plusDays(3).toString(), plan.getString("plan[3].date"));
        assertEquals("PROPOSED", plan.getString("plan[0].slots[0].state"));
        assertEquals("19:00", plan.getString("plan[0].slots[0].time").substring(0, 5));
        assertTrue(plan.getString("plan[0].slots[0].publishAt").endsWith("+08:00"));
        // push days take traffic content first (push-priority TRAFFIC, CONVERSION, VALUE)
        for (int day = 3; day < 28; day += 4) {
            assertEquals("TRAFFIC", plan.getString("plan[" + day + "].slots[0].layer"));
        }
        // 28 videos: 12 traffic (7 push days + 5 regular: 0.4286), 9 value (0.3214), 7 conversion (0.25): each within
        // 5 points of 40/35/25
        assertEquals(28, plan.getInt("mix.total"));
        assertTrue(plan.getBoolean("mix.balanced"));
        Map<String, Integer> counts = new HashMap<>();
        plan.getList("mix.layers", Map.class).forEach(l -> counts.put((String) l.get("layer"), (Integer) l.get("count")));
        assertEquals(Map.of("TRAFFIC", 12, "VALUE", 9, "CONVERSION", 7), counts);
        assertEquals(0.4f, plan.getFloat("mix.layers[0].target"));
        assertEquals(0.4286f, plan.getFloat("mix.layers[0].share"));
        assertEquals(0.0286f, plan.getFloat("mix.layers[0].deviation"));
        assertEquals(List.of(false, false, false), plan.getList("mix.layers.flagged"));
        // a proposal schedules nothing
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("status", "SCHEDULED")
                .get("/api/videos").then().body("total", equalTo(0));
    }

    @Test
    void anotherCadenceAndSlotTimesAreHonouredAndAShortSupplyLeavesSlotsEmptyAndTheMixFlagged() {
        String account = accountWith(3, 0, 0);
        JsonPath plan = plan(Map.of("accountId", account, "startDate", tomorrow().toString(), "days", 6,
                "cadence", "2+1", "slotTimes", List.of("20:30", "12:00")), 200);
        assertEquals(List.of("REGULAR", "REGULAR", "PUSH", "REGULAR", "REGULAR", "PUSH"), plan.getList("plan.type"));
        assertEquals(List.of("12:00", "20:30"), plan.getList("slotTimes", String.class).stream().map(t -> t.substring(0, 5)).toList());
        assertEquals(3, plan.getInt("filled"));
        assertEquals(9, plan.getInt("empty"));
        assertEquals("EMPTY", plan.getString("plan[5].slots[1].state"));
        assertEquals(false, plan.getBoolean("mix.balanced"));
        assertEquals(List.of(true, true, true), plan.getList("mix.layers.flagged"));
        assertEquals(1.0f, plan.getFloat("mix.layers[0].share"));
        assertEquals(0.6f, plan.getFloat("mix.layers[0].deviation"));
    }

    @Test
    void anAppliedPlanSchedulesItsVideosWhichTheCalendarShowsByDayAndASecondPlanFindsTheSlotsTaken() {
        String account = accountWith(2, 1, 1);
        LocalDate start = tomorrow().plusDays(1);
        JsonPath applied = plan(Map.of("accountId", account, "startDate", start.toString(), "days", 4, "apply", true), 200);
        assertTrue(applied.getBoolean("applied"));
        assertEquals(List.of("SCHEDULED", "SCHEDULED", "SCHEDULED", "SCHEDULED"), applied.getList("plan.collect { it.slots[0].state }"));
        String firstVideo = applied.getString("plan[0].slots[0].videoId");

        JsonPath calendar = given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("from", start.toString()).queryParam("to", start.plusDays(4).toString())
                .get("/api/calendar").then().statusCode(200).extract().jsonPath();
        assertEquals(5, calendar.getList("days").size());
        assertEquals(start.toString(), calendar.getString("days[0].date"));
        assertEquals(firstVideo, calendar.getString("days[0].videos[0].id"));
        assertEquals("SCHEDULED", calendar.getString("days[0].videos[0].status"));
        assertEquals(0, calendar.getList("days[4].videos").size());
        assertEquals(4, calendar.getInt("mix.total"));
        given().header("Authorization", ANALYST).get("/api/videos/" + firstVideo + "/history")
                .then().body("items[-1].note", equalTo("calendar plan 3+1: regular day 1"));

        JsonPath again = plan(Map.of("accountId", account, "startDate", start.toString(), "days", 4), 200);
        assertEquals("TAKEN", again.getString("plan[0].slots[0].state"));
        assertEquals(firstVideo, again.getString("plan[0].slots[0].videoId"));
        assertEquals(0, again.getInt("filled"));
        assertEquals(4, again.getInt("mix.total"));
    }

    @Test
    void twoVideosInOneSlotOfAnAccountAreRefusedEvenPastTheServiceCheck() {
        String account = accountWith(2, 0, 0);
        JsonPath applied = plan(Map.of("accountId", account, "startDate", tomorrow().toString(), "days", 1, "apply", true), 200);
        String publishAt = applied.getString("plan[0].slots[0].publishAt");
        String other = given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("status", "APPROVED")
                .get("/api/videos").then().extract().path("items[0].id");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("publishAt", publishAt))
                .post("/api/videos/" + other + "/schedule")
                .then().statusCode(409).contentType("application/problem+json");
        // another account may use the same time
        String elsewhere = Fixtures.approved(Fixtures.account(), "别的号", "VALUE");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("publishAt", publishAt))
                .post("/api/videos/" + elsewhere + "/schedule").then().statusCode(200);
    }

    @Test
    void planRequestsAreValidated() {
        String account = Fixtures.account();
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/calendar/plans").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("accountId"))
                .body("violations.field", hasItem("startDate"))
                .body("violations.field", hasItem("days"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "startDate", tomorrow().toString(), "days", 7, "cadence", "three"))
                .post("/api/calendar/plans").then().statusCode(400).body("violations[0].field", equalTo("cadence"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "startDate", tomorrow().toString(), "days", 7, "cadence", "0+1"))
                .post("/api/calendar/plans").then().statusCode(400).body("violations[0].field", equalTo("cadence"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "startDate", tomorrow().toString(), "days", 93))
                .post("/api/calendar/plans").then().statusCode(400).body("violations[0].field", equalTo("days"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "startDate", tomorrow().toString(), "days", 7, "slotTimes", List.of()))
                .post("/api/calendar/plans").then().statusCode(400).body("violations[0].field", equalTo("slotTimes"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("accountId", UUID.randomUUID().toString(), "startDate", tomorrow().toString(), "days", 7))
                .post("/api/calendar/plans").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("from", "2026-12-10")
                .queryParam("to", "2026-12-01").get("/api/calendar")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("from", "12/01")
                .queryParam("to", "2026-12-01").get("/api/calendar")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/calendar")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void analystsReadTheCalendarButDoNotPlanAndPartnersAreRefused() {
        String account = Fixtures.account();
        given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "startDate", tomorrow().toString(), "days", 7))
                .post("/api/calendar/plans").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", PARTNER).queryParam("accountId", account).queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-02").get("/api/calendar").then().statusCode(403);
        given().queryParam("accountId", account).queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-02").get("/api/calendar").then().statusCode(401);
        JsonPath calendar = given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("from", "2026-12-01").queryParam("to", "2026-12-02").get("/api/calendar")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Asia/Shanghai", calendar.getString("zone"));
        assertNotNull(calendar.getList("days"));
        assertEquals(new ArrayList<>(List.of(0, 0, 0)), calendar.getList("mix.layers.count"));
    }
}
