package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Environ 300 soldats nord-coréens ont été tués.|North Korean soldiers",
        "Environ 300 soldats de l'armée nord-coréenne ont été tués.|North Korean soldiers",
        "Environ 300 soldats et officiers nord-coréens ont été tués.|North Korean soldiers",
        "Environ 300 soldats ont été tués par des drones ukrainiens.|soldiers",
        "Plus de 10 millions de Soudanais ont été déplacés.|Sudanese people",
        "At least 200 North Koreans had been killed, Kyiv said.|North Koreans"})
    void theNationalityBelongsToTheNounPhrase(String sentence, String subject) {
        assertThat(Engine.one(Engine.run(sentence, null, "2024-10-29")).subject().name()).isEqualTo(subject);
    }
}
