/**
 * Class-wide ("generic") legal definitions of controlled substances, evaluated on structures.
 *
 * <p>A {@link org.opioidregistry.core.classdef.ClassDefinition} judges a structure and answers a
 * {@link org.opioidregistry.core.classdef.ClassEvaluation}: covered, not covered or undetermined;
 * the clauses used; the change found at each site ("E: propionyl → furan-2-carbonyl"); and the
 * first reason when not covered. Each family of definitions reads the structure once against its
 * parent compound (the package-private {@code FentanylScaffold} and {@code NitazeneScaffold}) and
 * each definition judges the parts against its own wording; substituent typing, ring reading and
 * naming are shared. A new class is a new scaffold reader (if its parent is new) and a new
 * definition object, not a new engine.
 *
 * <p>The public API is {@link org.opioidregistry.core.classdef.ClassDefinitions}, {@link
 * org.opioidregistry.core.classdef.ClassDefinition}, {@link
 * org.opioidregistry.core.classdef.ClassEvaluation}, {@link
 * org.opioidregistry.core.classdef.Clause}, {@link org.opioidregistry.core.classdef.Coverage} and
 * {@link org.opioidregistry.core.classdef.SiteChange}; the scaffold readers, their parts and the
 * clause enums are package-private.
 *
 * <h2>Readings of the wording adopted here</h2>
 *
 * <ul>
 *   <li><b>Acyl</b>: C(=O)-R with R = H (formyl), carbon, or O-alkyl (carbamate; DEA scheduled the
 *       ethyl carbamate as a fentanyl-related substance, and IUPAC derives alkoxycarbonyl from
 *       carbonic acid). Not acyl: carbamoyl (a urea; no scheduling practice found, read
 *       conservatively), thioacyl C(=S), sulfonyl. Removing the acyl group (4-ANPP) is not a
 *       replacement.
 *   <li><b>"In or on" a ring or group</b> means groups attached to it. Replacing a ring atom,
 *       changing ring size (pyrrolidine for piperidine), linker length (benzyl, phenylpropyl) or
 *       unsaturating the linker (styryl) is not substitution.
 *   <li><b>Monocycle</b>: a ring that is not fused, bridged or spiro-joined to another ring; a
 *       benzodioxole (3,4-methylenedioxyphenyl) is bicyclic. US A takes any monocycle (aromatic or
 *       not, hetero or carbocyclic); US D and China 2 only aromatic monocycles; UK 1 only
 *       heteromonocycles. A benzene ring carrying a group that US B does not list (4-cyano) is read
 *       under US A as "a monocycle further substituted", as a substituted phenyl is read under D.
 *   <li><b>Substituent types</b> are read narrowly (see the package-private {@code
 *       SubstituentType}): alkyl and alkenyl are acyclic (a cyclopropyl is not an alkyl group);
 *       "ester" is alkoxycarbonyl or acyloxy attached directly; "ether" is an alkoxyalkyl chain;
 *       alkoxyl is listed separately.
 *   <li><b>UK aniline ring</b>: may be substituted (alkyl, alkoxy, alkylenedioxy, halogeno,
 *       haloalkyl) but not replaced, so 3,4-methylenedioxy is inside the UK generic while it is a
 *       fused system, outside US D and China 2.
 *   <li><b>China 4</b>: any group other than hydrogen on the piperidine nitrogen (benzyl, methyl,
 *       remifentanil's ester chain).
 *   <li><b>No modification</b>: the parent itself (fentanyl) is not "derived by modification"; it
 *       is controlled by its own listing.
 *   <li><b>UK nitazene generic, (iii)</b>: the benzimidazole is numbered from N1, the nitrogen
 *       carrying the ethanamine, so the 5- and 6-positions are the two benzo carbons not next to
 *       the ring fusion.
 *   <li><b>UK nitazene generic, (vi) and (vii)</b>: the dihydrobenzofuran is the phenyl ring with
 *       an unsubstituted CH2-CH2-O bridge; methylenedioxy is O-CH2-O only (ethylenedioxy is not
 *       named). Two combinations are left {@link
 *       org.opioidregistry.core.classdef.Coverage#UNDETERMINED}: a methyl on the nitrogen that
 *       replaces the benzylic carbon ((iv) names the benzylic carbon) and groups on a
 *       methylenedioxyphenyl ((ii) names the phenyl ring that (vii) replaced).
 * </ul>
 *
 * <p>Every evaluation is a structural reading, not legal advice: specifically listed substances may
 * fall under their own listing instead. Everything in this package is immutable or stateless and
 * thread-safe.
 */
package org.opioidregistry.core.classdef;
