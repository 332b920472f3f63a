package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claims.model.Claim;
import org.junit.jupiter.api.Test;

/** Places the first runs of real-news batches 54-57 showed wrong (rules/1.10.0). */
class PlaceWordingTest {

    @Test
    void aBodyOpeningOnBareFiguresTakesThePlaceOfItsNextSentence() {
        List<Claim> c = Engine.fr("Au moins 64 morts et 300 blessés. Le séisme qui a frappé le nord du Chili mardi a "
                + "détruit des centaines de maisons.\n\nLa secousse a aussi été ressentie en Argentine et en Bolivie.");
        assertThat(c).hasSize(2).allSatisfy(x -> assertThat(x.location()).extracting(Claim.Location::name).isEqualTo("Chile"));
    }

    @Test
    void aPlacesNameAfterAVenueNounNamesTheVenue() {
        Claim c = Engine.one(Engine.fr("À Madrid, la foule s'est pressée devant l'hôtel Bristol. Le dernier bilan fait état "
                + "de 12 blessés."));
        assertThat(c.location().name()).isEqualTo("Madrid");
    }

    @Test
    void theCountryOfTheSceneNamedLaterKeepsTheFinerScene() {
        Claim c = Engine.one(Engine.en("A bomb went off in the city of Quetta on Tuesday.\n\nThe district, close to "
                + "Pakistan's tribal areas, is often hit. Police said eight people were killed."));
        assertThat(c.location().name()).isEqualTo("Quetta");
    }
}
