/**
 * SVG depictions for reports and reviewers: {@link org.opioidregistry.depict.Depicter} draws a
 * structure, the sites a class definition found changed (coloured and labelled with the clauses)
 * beside the scaffold, substructure hits, and series in one orientation. The drawing is CDK's; the
 * texts are ours and are escaped.
 */
package org.opioidregistry.depict;
