# Spatial relations (tldr perturbation lexicon; format in docs/perturbation.md).
# Each line is a class of relations that exclude each other: whichever of them holds, any
# other value of its class is false (a cat on a table is not under, inside, next to,
# behind or in front of it), so no class holds a relation that another implies ("near"
# is not with "in front of": what is in front of a thing is near it). `=` joins
# synonyms, which never replace each other; the first form of a value is the one written.
# A form ending in `>CLASS` only matches when the next word belongs to CLASS (words.lex).
# A phrase found in several classes belongs to the first (file order). Relations are
# grouped as in the VSR corpus: direction, topology, proximity, orientation.
#
# Direction: left/right, vertical, front/back.
horizontal: the left = left side = left hand = left-hand, the right = right side = right hand = right-hand
# "left of" without "to the": its own class (the forms of horizontal are places, read as
# "to/on the left" and "to the left of" by tldr.world's checker).
horizontal_of: left of = on the left side of = at the left side of, right of = on the right side of = at the right side of
vertical: above = over>landmark_start, below
position: on>landmark_start = onto>landmark_start = on top of = atop = upon>landmark_start = on top, under>landmark_start = underneath = beneath, next to = beside = alongside = at the side of = adjacent to, behind = in back of, in front of = ahead of
rear: at the back of = in the back of = at the rear of, at the front of = in the front of
# Topology: containment, contact, attachment, parts, surrounding.
containment: inside = inside of = within = in>landmark_start, outside = outside of
motion: into, out of>landmark_start
direction: toward = towards, away from
contact: touching = against, away from
attachment: attached to = connected to = fastened to = tied to, detached from = separated from
part: is part of = is a part of, contains
part_plural: are part of = are a part of, contain
middle: in the middle of = in the center of = in the centre of, at the edge of = on the edge of
surrounding: surrounding, in the middle of
# Proximity.
proximity: near = close to = by>landmark_start = near to, far from = far away from
across: across from = opposite = opposite to, next to
# Orientation.
facing: facing = facing toward = facing towards, facing away from = turned away from
alignment: parallel to, perpendicular to
height: upstairs, downstairs
end: the top, the bottom
