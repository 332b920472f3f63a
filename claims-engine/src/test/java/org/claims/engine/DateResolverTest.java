package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claims.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static LocalDate stated(String body, String published) {
        Claim c = Engine.one(Engine.run(body, null, published));
        return c.statedOn();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // 2024-10-29 is a Tuesday: the publication weekday is the publication day itself
        "Le Pentagone a déclaré mardi que 10 000 soldats étaient en Russie.|2024-10-29|2024-10-29",
        "Le Pentagone a déclaré lundi que 10 000 soldats étaient en Russie.|2024-10-29|2024-10-28",
        "Le Pentagone a déclaré jeudi soir que 10 000 soldats étaient en Russie.|2024-10-29|2024-10-24",
        "Le porte-parole a déclaré mardi 12 novembre que 10 000 soldats étaient en Russie.|2024-11-13|2024-11-12",
        "Le Pentagone a indiqué hier que 10 000 soldats étaient en Russie.|2024-10-29|2024-10-28",
        "Le 23 décembre, Séoul a affirmé que 1 100 soldats avaient été tués.|2024-12-27|2024-12-23",
        "The Pentagon said on Monday that 10,000 troops were in Russia.|2024-10-30|2024-10-28",
        "The Pentagon said last Wednesday that 10,000 troops were in Russia.|2024-10-30|2024-10-23",
        "Yesterday, the Pentagon said 10,000 troops were in Russia.|2024-10-30|2024-10-29",
        "At least 100 soldiers were killed, a lawmaker said Dec. 18.|2024-12-20|2024-12-18",
        "On Dec. 18 the Pentagon said 100 soldiers were killed.|2025-01-05|2024-12-18",
        "Zelensky put losses at about 3,000 killed and wounded on Tuesday.|2024-12-18|2024-12-17",
        "Selon des chiffres publiés jeudi par l'OIM, 10 millions de personnes ont été déplacées.|2024-06-14|2024-06-13",
        "Dans un communiqué publié mardi, l'armée a indiqué que 15 soldats avaient été tués.|2024-03-14|2024-03-12",
        "The toll, released late Monday by the civil defence agency, stood at 64 dead.|2024-03-14|2024-03-11",
        "Briefing reporters on Friday afternoon, the minister said 14 people had died.|2024-03-17|2024-03-15",
        "Forty people died, according to a report issued by the ministry at 6 pm on Saturday.|2024-03-17|2024-03-16",
        "Dans la soirée du 14 mars, le préfet a indiqué que 40 personnes avaient été évacuées.|2024-03-16|2024-03-14",
        "Au moins 8 personnes sont mortes, a déclaré dimanche 1 er juin le parquet régional.|2025-06-02|2025-06-01",
        "Le choléra a tué 50 personnes, a déclaré, vendredi 4 mars, le ministre de la Santé.|2022-03-07|2022-03-04",
        "Le cyclone a fait 16 morts. Et ce bilan délivré par les autorités mercredi 15 février risque de s'alourdir.|2012-02-16|2012-02-15",
        "Au moins 70 personnes ont été tuées, selon l'ONU. Selon Ivan Petrov, porte-parole de l'ONU, qui a communiqué ces chiffres le vendredi 31 janvier, ils devraient augmenter.|2025-02-01|2025-01-31"})
    void daysResolveAgainstPublication(String body, String published, String expected) {
        assertThat(stated(body, published)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void aCountWithNoStatementDayIsGivenOnTheDayItsSentenceNames() {
        // tolls and crowds are counted the day they happen; readers and annotators of real news date them so
        assertThat(stated("Selon l'ONU, 300 personnes ont été tuées lundi.", "2024-10-29")).isEqualTo(LocalDate.parse("2024-10-28"));
        assertThat(stated("Ils manifestaient ce mardi matin 9 octobre. Plus de 1700 personnes défilent selon les syndicats.",
                "2018-10-09")).isEqualTo(LocalDate.parse("2018-10-09"));
    }

    @Test
    void theDayTheOpeningParagraphNamesDatesTheCountsOfLaterParagraphs() {
        assertThat(stated("Les cheminots ont de nouveau fait grève ce jeudi 22 mars.\n\nÀ Lyon, 12 000 personnes ont défilé "
                + "selon la CGT.", "2018-03-22")).isEqualTo(LocalDate.parse("2018-03-22"));
        assertThat(stated("Organisers blame the rain for a low turnout.\n\nThe march on Saturday drew a small crowd.\n\n"
                + "Police put the turnout at 14,500.", "2017-07-01")).isEqualTo(LocalDate.parse("2017-07-01"));
        assertThat(stated("Les cheminots ont fait grève jeudi, puis samedi.\n\nÀ Lyon, 12 000 personnes ont défilé "
                + "selon la CGT.", "2018-03-24")).isNull();
    }

    @Test
    void theDayOfAFigureComparedWithIsNotTheDayOfTheSentence() {
        assertThat(Engine.run("Les syndicats ont annoncé 350 000 manifestants, contre 250 000 le 5 décembre.", "fr",
                "2019-12-17")).extracting(Claim::statedOn).first().isNull();
    }

    @Test
    void aDayWeeksBeforeTheReportDoesNotDateTheFiguresThatFollow() {
        List<Claim> claims = Engine.run("Le 9 mars, la police avait compté 224 000 manifestants.\n\nEn tout, une "
                + "cinquantaine de personnes ont été interpellées.", "fr", "2016-03-31");
        assertThat(claims).extracting(Claim::statedOn).containsExactly(LocalDate.parse("2016-03-09"), null);
    }

    @Test
    void aStatementDayWinsOverTheDayOfTheEvent() {
        assertThat(stated("Selon l'ONU, qui a publié son bilan mardi, 300 personnes ont été tuées lundi.", "2024-10-30"))
                .isEqualTo(LocalDate.parse("2024-10-29"));
    }

    @Test
    void aDayNamingTheEventInsideTheStatementIsNotTheStatementDay() {
        assertThat(stated("He said about 1,200 people were killed in the October 7 attack.", "2024-05-21")).isNull();
    }

    @Test
    void aWeekdayOwningTheEventIsNotTheStatementDay() {
        assertThat(stated("The toll from Tuesday's flash floods rose to 48, the civil defence agency said.", "2024-05-23"))
                .isNull();
    }

    @Test
    void aSpeechVerbInThePresentSpeaksOnThePublicationDay() {
        assertThat(stated("Au moins 12 migrants sont morts dans la nuit de vendredi à samedi, annonce l'OIM.",
                "2024-11-04")).isEqualTo("2024-11-04");
    }

    @Test
    void aDayBetweenTheSubjectAndAPresentPerfectIsTheStatementDay() {
        assertThat(stated("Amnesty International on November 19 has reported at least 106 people are dead.", "2019-11-20"))
                .isEqualTo("2019-11-19");
    }

    @Test
    void aSpeechVerbInThePastKeepsTheDayBeforeIt() {
        assertThat(stated("Au moins 12 migrants sont morts samedi, a annoncé l'OIM.", "2024-11-04")).isEqualTo("2024-11-02");
    }

    @Test
    void aDateBoundingAPeriodIsNotTheStatementDay() {
        assertThat(stated("Jusqu'au 12 septembre, 3 000 personnes avaient été tuées, a affirmé l'ONG.", "2016-09-13")).isNull();
    }

    @Test
    void noDayNoDate() {
        assertThat(stated("Selon le Pentagone, 10 000 soldats sont en Russie.", "2024-10-29")).isNull();
    }

    @Test
    void withoutPublicationOnlyFullDatesResolve() {
        assertThat(stated("Le Pentagone a déclaré mardi que 10 000 soldats étaient en Russie.", null)).isNull();
        assertThat(stated("Le 23 décembre 2024, Séoul a affirmé que 1 100 soldats avaient été tués.", null))
                .isEqualTo(LocalDate.of(2024, 12, 23));
    }

    @Test
    void statementDayOfTheLeadCarriesToALaterStatement() {
        assertThat(stated("Les États-Unis ont indiqué mardi leur inquiétude.\nQuelque 2 000 soldats supplémentaires "
                + "sont sur le point d'arriver, a déclaré le porte-parole du Pentagone.", "2024-10-29"))
                .isEqualTo(LocalDate.of(2024, 10, 29));
    }

    @Test
    void aDayOpeningAPeriodIsNotTheDayOfTheCount() {
        assertThat(stated("Selon l'ONG, au moins 31 personnes ont été tuées depuis le début mardi des manifestations.",
                "2025-03-14")).isNull();
    }

    @Test
    void aDateOfTheEventsBeforeAnInvertedSpeechVerbIsNotTheStatementDay() {
        assertThat(stated("La police a tué au moins 19 personnes après le scrutin du 3 mars, ont déclaré deux ONG dans un "
                + "rapport publié aujourd'hui.", "2025-05-12")).isEqualTo(LocalDate.of(2025, 5, 12));
    }

    @Test
    void anInvertedPronounAfterItsAuxiliaryIsAPastTense() {
        assertThat(stated("Le médiateur de l'ONU, Jan Berg, s'est inquiété mercredi de la violence.\n\n\"Au moins 46 personnes "
                + "ont été tuées\", a-t-il souligné.", "2025-05-15")).isEqualTo(LocalDate.of(2025, 5, 14));
    }
}
