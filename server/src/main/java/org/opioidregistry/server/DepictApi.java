package org.opioidregistry.server;

import io.javalin.http.Context;
import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IChemObject;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.search.Registry;

/**
 * {@code GET /api/depict?q=STRUCTURE} or {@code ?id=SUBSTANCE}, optionally {@code
 * &highlight=SMARTS}: an SVG picture of the standardised structure, the atoms and bonds the SMARTS
 * matches highlighted. Drawn with CDK's depiction generator; the evidence depictions replace this
 * when they land.
 *
 * <p>Thread-safe: a generator per request.
 */
final class DepictApi {

  private static final Color HIGHLIGHT = new Color(0xd9, 0x4f, 0x00);

  private final Identifier identifier;
  private final Registry registry;
  private final Workers workers;
  private final Params params;

  DepictApi(Identifier identifier, Workers workers, Params params) {
    this.identifier = identifier;
    this.registry = identifier.registry();
    this.workers = workers;
    this.params = params;
  }

  List<Route> routes() {
    return List.of(Route.get("/api/depict", this::depict));
  }

  void depict(Context ctx) {
    Optional<String> q = params.optional(ctx, "q");
    Optional<String> id = params.optional(ctx, "id");
    if (q.isPresent() == id.isPresent()) {
      throw ApiException.badRequest("MISSING_PARAMETER", "give one of the parameters 'q' or 'id'");
    }
    Optional<String> highlight = params.optional(ctx, "highlight");
    String svg =
        workers.call(
            remaining -> {
              IAtomContainer mol =
                  q.isPresent()
                      ? identifier
                          .identify(Query.detect(q.get()))
                          .structure()
                          .orElseThrow(
                              () ->
                                  new ApiException(
                                      422,
                                      "NO_STRUCTURE",
                                      "the query names no single structure: " + q.get()))
                          .atomContainer()
                      : registry
                          .get(substanceId(id.get()))
                          .orElseThrow(
                              () ->
                                  new ApiException(
                                      404, "UNKNOWN_ID", "no substance with id '" + id.get() + "'"))
                          .structure()
                          .orElseThrow(
                              () ->
                                  new ApiException(
                                      422,
                                      "NO_STRUCTURE",
                                      "substance '"
                                          + id.get()
                                          + "' has no structure (found by name only)"))
                          .atomContainer();
              Set<IChemObject> lit = new HashSet<>();
              if (highlight.isPresent()) {
                SubstructureQuery.smarts(highlight.get())
                    .firstMatch(mol, remaining)
                    .ifPresent(
                        m -> {
                          m.targetAtoms().forEach(i -> lit.add(mol.getAtom(i)));
                          mol.bonds()
                              .forEach(
                                  b -> {
                                    if (lit.contains(b.getBegin()) && lit.contains(b.getEnd())) {
                                      lit.add(b);
                                    }
                                  });
                        });
              }
              try {
                return new DepictionGenerator()
                    .withSize(320, 240)
                    .withFillToFit()
                    .withHighlight(lit, HIGHLIGHT)
                    .withOuterGlowHighlight()
                    .depict(mol)
                    .toSvgStr();
              } catch (CDKException e) {
                throw new ApiException(422, "DEPICTION_FAILED", "cannot draw: " + e.getMessage());
              }
            });
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    ctx.contentType("image/svg+xml").result(svg);
  }

  private static SubstanceId substanceId(String id) {
    try {
      return SubstanceId.of(id);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("BAD_ID", e.getMessage());
    }
  }
}
