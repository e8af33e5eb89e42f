"""Perturbation rules of issue 12 (coverage without losing truth or fluency): what each new
rule writes and what it must never write, on the C engine and its Python twin alike."""

import pytest

import tldr
from tldr.perturb import _reference as R

P = tldr.Perturber(seed=0)
REF = R.Engine(P.files)


def both(text, cat):
    """The candidate texts of the C engine, asserted equal (edits too) to the twin's."""
    got = [(x.text, [(e.start, e.end, e.new_start, e.new_end) for e in x.edits]) for x in P.candidates(text, cat)]
    want = [(t, [e[:4] for e in ed]) for t, _, ed in REF.candidates(text, cat)]
    assert got == want, (text, cat)
    return {t for t, _ in got}


@pytest.mark.parametrize("text,cat,expect", [
    # spatial: relations people write, with alternatives that make a false statement
    ("A man skiing down a snowy hill.", "spatial", "A man skiing up a snowy hill."),
    ("Birds gathered around a puddle.", "spatial", "Birds gathered far from a puddle."),
    ("A girl standing between two cones.", "spatial", "A girl standing far from two cones."),
    ("A bus on the side of the road.", "spatial", "A bus in the middle of the road."),
    ("A bird on the back of a bench.", "spatial", "A bird at the front of a bench."),
    ("A dog lying on its back.", "spatial", "A dog lying on its front."),
    ("A motorcycle surrounded by bars.", "spatial", "A motorcycle far from bars."),
    ("A strawberry in the middle.", "spatial", "A strawberry on the side."),
    ("A cat sitting near a phone booth.", "spatial", "A cat sitting far from a phone booth."),
    ("Dog looking towards the camera.", "spatial", "Dog looking away from the camera."),
    # attribute: more families
    ("A male lion sleeps.", "attribute", "A female lion sleeps."),
    ("An overhead view of a pizza.", "attribute", "A side view of a pizza."),
    ("A city street at night.", "attribute", "A city street during the day."),
    ("A man working in the dark.", "attribute", "A man working in bright light."),
    ("A vase next to a smaller vase.", "attribute", "A vase next to a larger vase."),
    ("A tennis player hits a high ball.", "attribute", "A tennis player hits a low ball."),
    # binding: counts after a preposition, counts the engine does not write, owners after
    # a symmetric relation, the same noun with other words before it, a new phrase after "and"
    ("A motorcycle parked behind two vans.", "binding", "Two motorcycles parked behind a van."),
    ("Several cows and a horse are eating hay.", "binding", "A cow and several horses are eating hay."),
    ("A woman holding a game controller with a man looking on.", "binding",
     "A man holding a game controller with a woman looking on."),
    ("A man sitting at a bar being served by a woman.", "binding", "A woman sitting at a bar being served by a man."),
    ("A small elephant walks underneath a big elephant.", "binding", "A big elephant walks underneath a small elephant."),
    ("A plate with a fried egg and colorful vegetables.", "binding", "A plate with a colorful egg and fried vegetables."),
    # counting: "two stop signs" agrees
    ("A stop sign on a pole.", "counting", "Two stop signs on a pole."),
    # stop 20: a `>CLASS` context word that modifies a noun after it is no context ("a
    # green street sign" is a colour); a count listed by "and" right after another refers
    # back to nothing; an attribute before another one and its noun is said of that noun
    ("A red stop sign with a green street sign posted above it.", "binding",
     "A green stop sign with a red street sign posted above it."),
    ("A green park bench.", "attribute", "A red park bench."),
    ("A green field with cows.", "attribute", "A snowy field with cows."),
    ("Two women and one man pose for a picture.", "binding", "A woman and two men pose for a picture."),
    ("A bathroom with gray painted walls and white tile near the bathtub.", "binding",
     "A bathroom with white painted walls and gray tile near the bathtub."),
    # stop 21: modifier nouns between a count and its noun; a count of another noun right
    # after a preposition refers back to nothing; "some" is a vague count; two phrases
    # joined by "and", each with its own verb; left and right of body parts and sides
    ("A small child holds two video game controllers.", "binding", "Two small children hold a video game controller."),
    ("A view of several billboards and two traffic signs on one pole.", "binding",
     "A view of several billboards and a traffic sign on two poles."),
    ("A pineapple and some oranges sit on a table.", "binding", "Some pineapples and an orange sit on a table."),
    ("A view of a baby goat standing and a mother goat sitting in a field.", "binding",
     "A view of a mother goat standing and a baby goat sitting in a field."),
    ("A dog plays in a park.", "counting", "Two dogs play in a park."),
    ("Three girls walking down the sidewalk.", "attribute", "Three girls running down the sidewalk."),  # a relation
    ("A dog sitting on a couch.", "attribute", "A dog standing on a couch."),
    ("Several male horse riders crossing a river.", "attribute", "Several female horse riders crossing a river."),
    ("There are many vases on the ground.", "attribute", "There are few vases on the ground."),
    ("A bus rounding a curve on a city street.", "attribute", "A bus rounding a curve on a rural street."),
    ("A person holding an umbrella in her left hand.", "attribute", "A person holding an umbrella in her right hand."),
    ("A red fire hydrant on the right side of a road.", "attribute", "A red fire hydrant on the left side of a road."),
    # a word no lexicon knows right after a determiner modifies the noun after it
    ("A large cargo van parked in front of a smart car.", "binding", "A smart car parked in front of a large cargo van."),
    ("A vase of red flowers sits on a bathroom countertop.", "binding", "A vase of flowers sits on a red bathroom countertop."),
    # stop 22: on/under/next to still exclude each other; front/back become on top of or under;
    # the same noun with one attribute elsewhere keeps the others
    ("A red car and a blue car.", "attribute", "A red car and a green car."),
    ("Two men in orange vests are next to a train.", "counting", "A man in orange vests is next to a train."),
    ("Two men in suits stand next to a car.", "counting", "A man in suits stands next to a car."),
    ("A man sits and eats at a table.", "counting", "Two men sit and eat at a table."),
    ("A large tusked elephant walking in a wooded area.", "attribute",
     "A large tusked elephant walking in a sandy area."),
    ("A cat sitting on a table.", "spatial", "A cat sitting next to a table."),
    ("A bench next to a tree.", "spatial", "A bench under a tree."),
    ("A man standing behind a fence.", "spatial", "A man standing in front of a fence."),
    ("Two girls standing in front of a couch.", "spatial", "Two girls standing on top of a couch."),
    # the article before an opening quote agrees with the new sign text
    ('A window with an "ATM" sign.', "ocr", 'A window with a "STOP" sign.'),
    ("A window with a \u201cHOTEL\u201d sign.", "ocr", "A window with an \u201cEXIT\u201d sign."),
    # two attributes before two nouns that share a modifier swap ("tennis court", "tennis racket")
    ("A blue tennis racket has a yellow tennis ball on it.", "binding",
     "A yellow tennis racket has a blue tennis ball on it."),
    # the verb agrees past a phrase whose noun no lexicon knows (a verb that is no noun after it)
    ("a cow walks as a man on a quad follows it", "counting", "a cow walks as two men on a quad follow it"),
    ("A woman in a sari rides on the back of a motorcycle.", "counting",
     "Two women in a sari ride on the back of a motorcycle."),
    # "it" after the last counted noun is the container named before the counts
    # (words.lex count_container): the counts may change and swap
    ("a desk with two monitors and a laptop on it", "binding", "a desk with a monitor and two laptops on it"),
    ("The desk has two monitors and one laptop on it.", "binding", "The desk has a monitor and two laptops on it."),
    ("A plate with a donut on it.", "counting", "A plate with two donuts on it."),
    ("a plate of food with two eggs and a sausage on it", "binding",
     "a plate of food with an egg and two sausages on it"),
    # a pair the corpus lacks says nothing when the noun is too rare for it to be seen
    # (expected < PLAUSIBLE_EXPECT times): "swinging" is seen with many nouns, "catcher" rarely
    ("A young man swinging a bat in front of a catcher.", "binding", "A catcher swinging a bat in front of a young man."),
    ("A light sitting underneath an umbrella.", "binding", "An umbrella sitting underneath a light."),
])
def test_new_rules_write(text, cat, expect):
    assert expect in both(text, cat)


@pytest.mark.parametrize("text,cat,never", [
    ("He is picking up a ball.", "spatial", None),  # "up" is a relation only before a slope
    ("A man walking down the street.", "spatial", None),  # "up the street" may be true
    ("The bathroom is in the middle of a renovation.", "spatial", None),
    ("A fire hydrant is decorated with an American flag.", "attribute", None),  # no "is undecorated with"
    ("The street is crowded with people.", "attribute", None),
    ("A dog in the rear view mirror.", "attribute", None),  # a compound, no view
    ("A herd of three horses and a dog.", "binding", "A herd of a horse and two dogs."),
    ("A cat stares through an opening between two doors.", "binding",
     "Two cats stare through an opening between a door."),
    ("Two men sit near a table, one playing a game.", "binding", "A man sits near two tables, one playing a game."),
    ("Two cars parked in a city.", "binding", "A car parked in two cities."),
    ("Some pancakes are stacked on a plate.", "binding", "A pancake is stacked on some plates."),
    ("Two male skateboarders rolling down a paved slope.", "binding",
     "Two paved skateboarders rolling down a male slope."),
    ("A person sitting at a table with a cup looking at a phone.", "binding",
     "A cup sitting at a table with a person looking at a phone."),
    ("A table with a bowl and silver canister.", "binding", "A table with a silver bowl and canister."),
    ("A dog chases a dog.", "binding", None),
    ('A window with an "ATM" sign.', "ocr", 'A window with an "STOP" sign.'),
    ("A green park bench.", "attribute", "A snowy park bench."),  # a colour, not the ground
    ("Two women and one man pose for a picture, one smiling.", "binding",
     "A woman and two men pose for a picture, one smiling."),  # "one" after them still refers back
    ("Two cows have horns and one cow does not.", "binding", "A cow has horns and two cows does not."),
    ("Three people sit in a boat and one woman holds an umbrella.", "binding",
     "A person sits in a boat and three women holds an umbrella."),
    ("A black bike rests against a brown bed.", "counting", "Two black bikes rests against a brown bed."),
    ("The laptop was left open on the desk.", "attribute", "The laptop was right open on the desk."),
    ("A bird is walking right through a dining room.", "attribute", "A bird is walking left through a dining room."),
    ("A man standing and a woman standing.", "binding", None),  # the same verb: nothing moves
    ("A cat and a dog sleeping.", "binding", None),
    # a pronoun of the counted noun's number after it (the noun no person) stops a count
    # of the other number
    ("An elephant is carrying some plants in its tusk.", "counting", "Two elephants are carrying some plants in its tusk."),
    ("Two elephants walking along their habitat.", "counting", "An elephant walking along their habitat."),
    ("A plate with food on it.", "counting", None),
    # a phrase after another and a preposition alone, the first no subject: the place of it
    ("A man riding a surfboard on a wave.", "binding", "A man riding a wave on a surfboard."),
    ("A boy doing a trick on a skateboard on a ramp.", "binding", "A boy doing a trick on a ramp on a skateboard."),
    ("The man is sitting next to his bed on the laptop.", "binding", "The man is sitting next to his laptop on the bed."),
    ("A cat laying on a blanket on top of a pillow.", "binding", "A cat laying on a pillow on top of a blanket."),
    ("A man with a tennis racket gets ready to swing his racket.", "binding",
     "A man with a racket gets ready to swing his tennis racket."),
    ("The brown cows walking along a path in the field.", "binding", "The cows walking along a brown path in the field."),
    # stop 21's reading: a verb after "to" is no object; a photo is no place
    ("There's a warning not to park under this tree.", "object", "There's a warning not to sidewalk under this tree."),
    ("A woman wipes sweat from her face in this double shot.", "spatial", None),
    ("A kid showing a pizza with a joke written inside the box cover.", "ocr", None),  # a place, not sign text
    ("A man kneeling down in front of a refrigerator.", "attribute", "A man standing down in front of a refrigerator."),
    ("A man sitting up in bed.", "attribute", "A man lying up in bed."),
    # a pose is said of a person or an animal ("sitting" and "laying" say the same of a cup)
    ("A cup of coffee sitting on a table.", "attribute", "A cup of coffee laying on a table."),
    ("A few dogs on a beach.", "attribute", "A many dogs on a beach."),  # "a few" is a count
    ("On a rainy day at the zoo umbrellas are seen.", "attribute", "On a grey day at the zoo umbrellas are seen."),
    ("Two plates both have food next to a bottle of wine.", "counting",
     "A plate both have food next to a bottle of wine."),
    # an attribute moves only where a determiner stays or the noun may stand bare; a noun
    # before "-ed" and a noun modifies them
    ("A man in white shirt and shorts playing a game of tennis.", "binding",
     "A man in shirt and shorts playing a white game of tennis."),
    ("Street signs cast shadows on the graffiti decorated wall.", "binding",
     "Graffiti cast shadows on the street signs decorated wall."),
    # an unknown modifier: never a possessive, a modifier_stop word or before a place
    ("A woman pinning a flower onto a man's blazer.", "binding", "A woman pinning a man's blazer onto a flower."),
    ("Two giraffes wander the open park in the same direction.", "binding",
     "Two giraffes wander the same direction in the open park."),
    ("A garbage truck on a residential street.", "binding", "A residential street on a garbage truck."),
    # stop 22's reading: front/back and "next to" may both hold; so may "under" and "next
    # to" a canopy; "the inside of" is a place; an adverb in -ly widens the stop window;
    # no attribute moves onto a word that may be one ("a orange cat")
    ("A red and white traffic sign sitting in front of buildings.", "spatial",
     "A red and white traffic sign sitting next to buildings."),
    ("A boat in a harbor, next to a parking lot.", "spatial", "A boat in a harbor, in front of a parking lot."),
    ("A red stop sign behind a chain link fence.", "spatial", "A red stop sign beside a chain link fence."),
    ("Two people on the beach laying under a red umbrella.", "spatial",
     "Two people on the beach laying next to a red umbrella."),
    ("A train is shown on the inside of a station.", "spatial", "A train is shown next to the inside of a station."),
    ("An empty park and bench beneath a partially cloudy sky.", "spatial",
     "An empty park and bench next to a partially cloudy sky."),
    ("Two men standing in front of each other.", "spatial", None),
    ("A orange cat with green eyes and long whiskers.", "binding", "A green orange cat with eyes and long whiskers."),
    # a value said before the same noun elsewhere in the sentence is true of it; wooded
    # ground is green
    ("A spoon, a large carrot, a medium carrot and a small carrot, on a table.", "attribute",
     "A spoon, a large carrot, a medium carrot and a big carrot, on a table."),
    ("A large tusked elephant walking in a wooded area.", "attribute",
     "A large tusked elephant walking in a green area."),
    # words that need more than one after the count
    ("Two men each holding something and posing for a picture.", "counting",
     "A man each holding something and posing for a picture."),
    ("Two men stand in the woods as one of them throws a Frisbee.", "counting",
     "A man stands in the woods as one of them throws a Frisbee."),
    ("Three people sitting side by side in a canoe.", "counting", "A person sitting side by side in a canoe."),
    ("A bed with three different cats.", "counting", "A bed with a different cat."),
    # agreement past a modifier noun that is a verb too; a second verb after "and"
    ("Two men in orange vests are next to a train.", "counting", "A man in orange vests are next to a train."),
    ("Two men in orange vests are next to a train.", "binding", "A man in orange vests are next to two trains."),
    ("A man sits and eats at a table.", "counting", "Two men sit and eats at a table."),
    ("A woman sits under the shade of an umbrella.", "spatial", "A woman sits on the shade of an umbrella."),
    ("A tennis player is taking a swing on a red court.", "binding",
     "A red tennis player is taking a swing on a court."),
    ('A banner in a metropolitan area reading "spring in the city".', "ocr",
     'A banner in a metropolitan area reading "spring in city city".'),
    ("A city square decorated with a tree and lights.", "attribute",
     "A city rectangular decorated with a tree and lights."),
    # the same noun after a symmetric relation; an attribute after "black-and"; the
    # indefinite pronouns are no phrases to swap
    ("A young zebra with an adult zebra standing on a parched brown landscape.", "binding",
     "An adult zebra with a young zebra standing on a parched brown landscape."),
    ("A black-and white picture of a rack full of doughnuts.", "binding",
     "A black-and picture of a white rack full of doughnuts."),
    ("Someone demonstrating how a remote control toilet works.", "binding",
     "Remote control toilet demonstrating how a someone works."),
    # "he"/"she" after a person in the singular: the verb after it would not follow
    ("A woman raising her arms up so she can serve a tennis ball.", "counting",
     "Two women raising their arms up so she can serve a tennis ball."),
    # "many" and "few" swap with no attribute of another class (never after a count)
    ("Two large giraffes inside a fenced area stand together near many rocks", "binding",
     "Two many giraffes inside a fenced area stand together near large rocks"),
    # "one is" after the count needs more than one; events are not counted
    ("Two girls are smoking cigarettes while one is playing on the laptop.", "counting",
     "A girl is smoking cigarettes while one is playing on the laptop."),
    ("A large boxer dog takes a nap on the bed.", "counting", None),
    # "onto" is read, never written (it needs a verb of motion before it)
    ("Red and white park bench sitting underneath a large tree.", "spatial",
     "Red and white park bench sitting onto a large tree."),
    ("A blue office chair sitting next to a wooden desk.", "spatial", "A blue office chair sitting onto a wooden desk."),
    # "a body of water" is one thing: "body" is neither swapped nor counted
    ("A large giraffe is standing near a body of water in a field.", "binding",
     "A large giraffe is standing near a field of water in a body."),
    # no fixture of a room the sentence names: a kitchen has a sink and cabinets
    ("A small refrigerator in a small kitchen with a window.", "small_object",
     "A small sink in a small kitchen with a window."),
    ("Small table and chairs set in a small kitchen.", "small_object", "Small cabinet and chairs set in a small kitchen."),
    ("A bathroom with a sink, toilet and bathtub.", "object", "A bathroom with a sink, toilet and shower."),
    # a colour most things may have never moves (words.lex never_moved)
    ("A bird perched on top of a brown tree branch.", "binding", "A brown bird perched on top of a tree branch."),
    ("Two brown ponies in grassy field next to a fence.", "binding", "Two ponies in grassy field next to a brown fence."),
    ("A pizza with lots of cheese on a flat brown surface.", "binding",
     "A brown pizza with lots of cheese on a flat surface."),
    # "opposite directions" needs more than one; parts of a body that come in pairs
    ("Two giraffes on the plains looking opposite directions", "counting",
     "A giraffe on the plains looking opposite directions"),
    ("A hand holding a water bottle in front of a cat.", "counting",
     "Two hands holding a water bottle in front of a cat."),
    # before a large place "on" and "next to" never replace each other
    ("A couple of people standing on a beach flying a kite.", "spatial",
     "A couple of people standing next to a beach flying a kite."),
    ("an old man sitting on top of a horse next to the mountains", "spatial",
     "an old man sitting on top of a horse on the mountains"),
    # a relation joined by "and" to another never becomes it
    ("Beach full of surfers inside and outside of the water.", "spatial",
     "Beach full of surfers inside and inside of the water."),
    ("Several children on a small  indoor kiddie train.", "counting", "A child on a small  indoor kiddie trains."),
    ("A person with duplicate images of himself skateboarding.", "counting",
     "Two people with duplicate image of himself skateboarding."),
    # ... but not "it" right after a counted noun that is no list after a container
    ("A plate with food on it.", "counting", "Two plates with food on it."),
    ("A laptop and a phone with a sticker on it.", "binding", "Two laptops and a phone with a sticker on it."),
    ("A man holding a laptop, a phone on it.", "counting", "A man holding a laptop, two phones on it."),
    # a noun swap moves whole phrases: none before "of", a noun or an unknown word of a compound
    ("A plate of broccoli and meat on a table.", "binding", "A table of broccoli and meat on a plate."),
    ("The corner of a kitchen with a hanging plant.", "binding", "The kitchen of a corner with a hanging plant."),
    ("A self service parking lot with a building behind it.", "binding",
     "A building parking lot with a self service behind it."),
    ("A steel truss bridge carries a roadway over a rail yard.", "binding",
     "A roadway truss bridge carries a steel over a rail yard."),
    # a symmetric relation back to the first thing is not said of the second alone
    ("A open laptop with a mouse beside it.", "binding", "A mouse with an open laptop beside it."),
    ("A building with a chair next to it.", "binding", "A chair with a building next to it."),
    # "in one direction" is no place; a street is read loosely like a beach
    ("Giraffes in a stand of trees stare in the same direction.", "spatial",
     "Giraffes in a stand of trees stare outside the same direction."),
    ("A passenger bus that has been parked on a street.", "spatial",
     "A passenger bus that has been parked next to a street."),
    ("A passenger bus that has been parked on a street.", "spatial",
     "A passenger bus that has been parked adjacent to a street."),
    # an attribute before a particle is a phrase ("lit up") that no swap splits
    ("a lit up clock is on a tall tower", "binding", "a tall up clock is on a lit tower"),
    ("A modern subway train is lit up at night.", "binding", "A lit subway train is modern up at night."),
    # a moved attribute takes only a space with it, never a comma
    ("A serving of rice, carrots, green pod beans and an egg.", "binding",
     "A serving of rice, carrots pod beans and a green egg."),
])
def test_new_rules_never_write(text, cat, never):
    got = both(text, cat)
    if never is None:
        assert not got, got
    else:
        assert never not in got


def test_count_swap_keeps_the_pairs_verb():
    # "a pineapple and two oranges sit": the verb is the pair's and keeps its number
    got = both("Two giraffes and a zebra sit in a field.", "binding")
    assert "A giraffe and two zebras sit in a field." in got
    assert not any("sits" in t for t in got)


def test_labels_sit_on_the_changed_words_of_a_same_noun_swap():
    x = [c for c in P.candidates("A small elephant walks underneath a big elephant.", "binding")
         if c.text == "A big elephant walks underneath a small elephant."]
    assert x
    assert sorted(x[0].text[e.new_start:e.new_end] for e in x[0].edits) == ["big", "small"]
