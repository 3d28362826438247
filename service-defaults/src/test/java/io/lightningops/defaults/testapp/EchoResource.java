package io.lightningops.defaults.testapp;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.security.Roles;

/** Exercises every shared default the way a service resource uses them. */
@Path("/api/echoes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class EchoResource {

    public record EchoRequest(@NotBlank @Size(max = 20) String text, @Min(0) @Max(10) Integer repeat) {
    }

    public record EchoResponse(String id, String text, long version) {
        static EchoResponse from(Echo echo) {
            return new EchoResponse(echo.id.toString(), echo.text, echo.version);
        }
    }

    private final EntityManager em;
    private final Idempotency idempotency;

    public EchoResource(EntityManager em, Idempotency idempotency) {
        this.em = em;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull EchoRequest request) {
        return idempotency.run(key, "POST /api/echoes", request, () -> {
            Echo echo = new Echo();
            echo.id = UUID.randomUUID();
            echo.text = request.text().repeat(request.repeat() == null ? 1 : Math.max(1, request.repeat()));
            if (echo.text.length() > 20) {
                throw ApiException.invalid("repeat", "makes the text longer than 20 characters");
            }
            em.persist(echo);
            em.flush();
            return Response.created(URI.create("/api/echoes/" + echo.id))
                    .header(HttpHeaders.ETAG, ETags.of(echo.version)).entity(EchoResponse.from(echo)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EchoResponse> list(@Valid @BeanParam PageParams page) {
        List<Echo> items = em.createQuery("from Echo order by id", Echo.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(e) from Echo e", Long.class).getSingleResult();
        return Page.of(items, page, total).map(EchoResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response get(@PathParam("id") UUID id) {
        Echo echo = find(id);
        return Response.ok(EchoResponse.from(echo)).header(HttpHeaders.ETAG, ETags.of(echo.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EchoRequest request) {
        Echo echo = find(id);
        ETags.requireMatch(ifMatch, echo.version);
        echo.text = request.text();
        em.flush();
        return Response.ok(EchoResponse.from(echo)).header(HttpHeaders.ETAG, ETags.of(echo.version)).build();
    }

    @GET
    @Path("/boom")
    @RolesAllowed(Roles.ADMIN)
    public String boom() {
        throw new IllegalStateException("secret internal detail at com.example.Secret");
    }

    private Echo find(UUID id) {
        Echo echo = em.find(Echo.class, id);
        if (echo == null) {
            throw ApiException.notFound("echo", id);
        }
        return echo;
    }
}
