package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claims.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Ways of naming who speaks that the first runs of real-news batches 54-57 (rules/1.10.0), 66-73 (rules/1.11.0) and
 * 76- (rules/1.12.0) showed missing. */
class SourceWordingTest {

    @Test
    void anElidedDeReadsLikeDe() {
        assertThat(Engine.one(Engine.fr("L'ONU parle d'au moins 230 personnes tuées dans la province.")).source().name())
                .isEqualTo("United Nations");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The UN human rights office published its quarterly report on Tuesday. According to the report, at least 210 "
                + "civilians were killed between April and June.|OHCHR",
        "fr|L'ONU a publié mardi son rapport trimestriel. Selon le rapport, au moins 210 civils ont été tués entre avril "
                + "et juin.|United Nations"})
    void aReportSpeaksForTheOrganisationLastNamed(String lang, String body, String source) {
        assertThat(Engine.run(body, lang, "2025-02-01").get(0).source().name()).isEqualTo(source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials confirm 35 people are missing after the mudslide.|Officials",
        "The rebels claim that air strikes on the port town killed 14 people.|Rebels",
        "Human rights groups say 27 people died in the crackdown.|Human rights groups"})
    void aPluralSubjectInThePresentSpeaks(String body, String source) {
        assertThat(Engine.one(Engine.en(body)).source().name()).isEqualTo(source);
    }

    @Test
    void aKnownSpeakerClosingTheSentenceAfterItsVerbNeedsNoComma() {
        Claim c = Engine.one(Engine.fr("Au moins 300 civils ont été tués dans la région précise le HCR."));
        assertThat(c.source().name()).isEqualTo("UNHCR");
    }

    @Test
    void daysBoundingThePeriodAReportCoversAreNotTheDayItSpoke() {
        Claim c = Engine.one(Engine.fr("L'ONU a publié son bilan. Le rapport indique qu'entre le 3 mars et le 30 "
                + "juin, au moins 120 personnes ont été tuées."));
        assertThat(c.source().name()).isEqualTo("United Nations");
        assertThat(c.statedOn()).isEqualTo(LocalDate.parse("2024-10-29")); // "indique", a present: the day of publication
    }

    @Test
    void theSecondDayOfAPeriodIsNotTheDayOfSpeechEither() {
        assertThat(Engine.one(Engine.en("The agency said between 3 April and 30 June at least 210 civilians were killed."))
                .statedOn()).isNull();
    }

    @Test
    void aKnownSpeakerAfterItsVerbWinsOverAPlaceBeforeIt() {
        List<Claim> c = Engine.fr("Au moins 90 soldats ont été tués et 140 autres blessés en Ukraine précise le HCR.");
        assertThat(c).extracting(x -> x.source().name()).containsOnly("UNHCR");
    }

    @Test
    void dataSpeakForWhoeverGatheredThem() {
        Claim c = Engine.one(Engine.en("The IOM has published new figures. Their data shows 310 migrant deaths on the route last year."));
        assertThat(c.source().name()).isEqualTo("IOM");
    }

    @Test
    void thePeriodAStatementCoversOpeningTheSentenceIsNotItsDay() {
        List<Claim> c = Engine.fr("Du 2 mars au 15 juin, l'ONU a enregistré 4 200 victimes dans la province. Au moins "
                + "1 900 habitants ont été tués.");
        assertThat(c).extracting(x -> x.source().name()).containsExactly("United Nations", "United Nations");
    }

    @Test
    void aSpeakerNounOpeningAQuoteAfterTheVerbIsTheQuotesSubjectNotTheSpeaker() {
        Claim c = Engine.one(Engine.en("Officials said protesters \"blocked the main gate\" before 40 people were arrested."));
        assertThat(c.source().name()).isEqualTo("Officials");
    }

    @Test
    void theChannelBetweenAnInvertedVerbAndItsSpeakerIsSkipped() {
        Claim c = Engine.one(Engine.fr("\"Trois blessés sont dans un état grave\", a écrit sur Telegram le gouverneur Jean Martin."));
        assertThat(c.source().text()).isEqualTo("le gouverneur Jean Martin");
        Claim named = Engine.one(Engine.fr("Une centaine de blessés ont été hospitalisés, a précisé sur la messagerie Telegram "
                + "Pavel Martin, le gouverneur de la région."));
        assertThat(named.source().name()).isEqualTo("Pavel Martin");
    }

    @Test
    void whoKilledIsNotWhoSays() {
        Claim c = Engine.one(Engine.en("The Ombudsman Office of Chile reported that 41 people have been killed by soldiers amid "
                + "the protests."));
        assertThat(c.source().name()).startsWith("Ombudsman Office of Chile");
    }

    @Test
    void aSentenceRevealingWhoGaveTheFiguresBeforeGivesThemItsSource() {
        Claim c = Engine.one(Engine.en("Around 60,000 people marched across Spain on Sunday. This was revealed by the Interior "
                + "Ministry."));
        assertThat(c.source()).isNotNull();
        assertThat(c.source().text()).isEqualTo("the Interior Ministry");
    }

    @Test
    void aVerbAfterButSharesTheSubjectOfTheVerbBefore() {
        Claim c = Engine.one(Engine.en("The Zorbex Front claimed the ambush but said they had killed five police officers."));
        assertThat(c.source().name()).isEqualTo("Zorbex Front");
    }

    @Test
    void anArmedGroupClaimingATollIsItsSource() {
        Claim c = Engine.one(Engine.fr("Les shebab ont revendiqué l'attaque et ont affirmé avoir tué 12 soldats."));
        assertThat(c.source().name()).isEqualTo("Al-Shabaab");
    }

    @Test
    void aSpeakerNamedAgainByTheSurnameKeepsTheFullName() {
        Claim c = Engine.one(Engine.en("The raid took place near Dalo, said the district chief, Amadou Keita.\n\n"
                + "\"Today we buried 14 dead,\" Keita told AFP."));
        assertThat(c.source().name()).isEqualTo("Amadou Keita");
    }

    @Test
    void aPronounSpeakerCarriesTheWordsThatNamedIt() {
        List<Claim> c = Engine.run("\"Two men died,\" Herat police chief Omar Nazari told AFP. \"Four others were wounded,\" he said.",
                "en", "2024-05-01");
        assertThat(c).hasSize(2);
        assertThat(c.get(1).source().text()).isEqualTo("Herat police chief Omar Nazari");
    }

    @Test
    void sourcesThatCertifyAFigureToSomeoneSpeak() {
        Claim c = Engine.one(Engine.fr("Des sources hospitalières ont certifié à l'AFP le décès de quatre personnes."));
        assertThat(c.source().name()).isEqualTo("Medical sources");
    }

    @Test
    void aSpeechVerbInASubordinateClauseSaysNothingOfTheFigureBeforeIt() {
        Claim c = Engine.one(Engine.en("More than 100 people were arrested Sunday after Mayor John Smith announced a curfew."));
        assertThat(c.source()).isNull();
    }

    @Test
    void unAgenciesAreKnownByTheirFrenchNames() {
        Claim c = Engine.one(Engine.fr("Plus de 3 000 personnes ont quitté leurs foyers, a rapporté le Bureau de la coordination des affaires humanitaires."));
        assertThat(c.source().name()).isEqualTo("OCHA");
    }

    @Test
    void theLatestFiguresAreTheOrganisationLastNamed() {
        List<Claim> c = Engine.run("Le ministère de la Santé à Gaza a annoncé lundi que le bilan a atteint 43 900 morts.\n\n"
                + "Selon les derniers chiffres publiés, 76 personnes ont été tuées en 24 heures.", "fr", "2024-11-04");
        assertThat(c.get(1).source().name()).isEqualTo("Gaza Health Ministry");
    }

    @Test
    void aSourceInsideBracketsSpeaksOnlyForTheFiguresInsideThem() {
        List<Claim> c = Engine.run("Selon la préfecture, 20 000 manifestants ont défilé jeudi. Dans le détail : 9 800 personnes "
                + "à Rouen (près de 20 000 selon l'intersyndicale), 4 900 au Havre.", "fr", "2023-03-23");
        assertThat(c).extracting(x -> x.quantity().low() + " " + x.source().name())
                .containsExactly("20000 préfecture", "9800 préfecture", "20000 Unions", "4900 préfecture");
    }

    @Test
    void wordsAfterAnInvertedVerbThatHoldAnotherVerbAreNoSpeaker() {
        Claim c = Engine.one(Engine.fr("Plus tard, le chef de l'administration militaire de la région, Pierre Durand, a confirmé "
                + "la mort des enfants et a informé que douze civils ont été blessés."));
        assertThat(c.source().name()).isEqualTo("Pierre Durand");
    }

    @Test
    void thePresidentOfTheRepublicIsNoWordOfHisName() {
        Claim c = Engine.one(Engine.fr("Au moins 16 personnes sont mortes, a déclaré le président de la République Jean Dupont."));
        assertThat(c.source().name()).isEqualTo("Jean Dupont");
    }

    @Test
    void aFigurePutForwardByAUnionIsTheUnions() {
        List<Claim> c = Engine.run("Some 800,000 people marched, the CGT announced. It is the largest count put forward by the "
                + "union since January, with 700,000 demonstrators.", "en", "2023-03-23");
        assertThat(c.get(1).source().name()).isEqualTo("CGT");
    }

    @Test
    void theServicePointsBackAtTheOrganisationLastNamed() {
        Claim c = Engine.one(Engine.en("Civil Defence teams recovered the bodies of 49 people on Saturday, the service announced."));
        assertThat(c.source().name()).isEqualTo("Civil Defence");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le ministère de l'Intérieur a publié jeudi son dernier bilan. Il fait état de 63 blessés à Nancy.|French Interior Ministry",
        "en|The Red Cross released its latest report on Thursday. It said 63 people were injured in Leeds.|Red Cross"})
    void aBodyThatPublishedAReportIsThePronounsSpeaker(String lang, String body, String source) {
        assertThat(Engine.one(Engine.run(body, lang, "2025-02-01")).source().name()).isEqualTo(source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|A study by Save the Children found that 84 pupils were displaced in Kasai.|Save the Children",
        "en|The UN report showed 84 pupils were displaced in Kasai.|United Nations",
        "fr|Un rapport de Human Rights Watch a établi que 84 élèves avaient été déplacés au Kasaï.|Human Rights Watch"})
    void aFindingSpeaksForWhoeverMadeIt(String lang, String body, String source) {
        assertThat(Engine.one(Engine.run(body, lang, "2025-02-01")).source().name()).isEqualTo(source);
    }

    @Test
    void officialFiguresOfARoleAreTheRoles() {
        assertThat(Engine.one(Engine.fr("Selon les chiffres officiels de la préfecture, 2 700 personnes ont défilé à Caen."))
                .source().name()).isEqualTo("préfecture");
    }

    @Test
    void theCrowdsVerbEndsTheSourcesWords() {
        assertThat(Engine.one(Engine.fr("Ils étaient 2 700 selon la préfecture à manifester à Caen.")).source().name())
                .isEqualTo("préfecture");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Selon des médias proches de l'opposition, 35 manifestants ont été arrêtés à Lomé.|médias",
        "en|According to media close to the opposition, 35 protesters were arrested in Lome.|media"})
    void mediaSpeakForThemselves(String lang, String body, String source) {
        assertThat(Engine.one(Engine.run(body, lang, "2025-02-01")).source().name()).isEqualTo(source);
    }

    @Test
    void aPassiveVerbHasNoSpeakerAfterIt() {
        assertThat(Engine.one(Engine.en("A total of 86 deaths were recorded in the Northern Health region.")).source()).isNull();
    }

    @Test
    void aSpacedDashEndsTheDateline() {
        assertThat(Engine.one(Engine.en("NAPLES, Italy – Rescue officials said 23 migrants were missing.")).source().text())
                .isEqualTo("Rescue officials");
    }

    @Test
    void lawyersSpeakForThemselves() {
        assertThat(Engine.one(Engine.en("Lawyers say 14 protesters were charged in Leeds.")).source().name()).isEqualTo("Lawyers");
    }

    @Test
    void thePoliceThatArrestedSpeakOnlyWhenNobodyElseDoes() {
        assertThat(Engine.one(Engine.fr("La police a interpellé au moins 38 personnes lors des manifestations à Tbilissi, "
                + "ont indiqué mercredi les autorités.")).source().name()).isEqualTo("autorités");
    }

    @Test
    void aConcernVoicedIsAStatement() {
        assertThat(Engine.one(Engine.fr("Les violences ont fait au moins 75 morts, s'est inquiété jeudi le Haut-Commissaire "
                + "de l'ONU aux droits de l'homme.")).source()).isNotNull();
    }

    @Test
    void aSubjectAndItsVerbAfterASpeechVerbAreNoSpeaker() {
        assertThat(Engine.one(Engine.en("Tom Reed, a councillor in Hull, where 9,000 people were ordered to leave their homes, "
                + "said the roads were empty.")).source()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Au moins 37 personnes sont mortes, selon le dernier bilan publié jeudi soir 3 avril par la Défense civile.|Civil Defence",
        "en|Gunmen killed nine people in Pemba, according to a report in Friday's Pemba Herald.|Pemba Herald",
        "fr|Le bilan est d'au moins 19 morts, selon l'agence italienne «Roma Press».|Roma Press"})
    void aReportSaysWhoseItIsAfterItsDayOrInQuotes(String lang, String body, String source) {
        assertThat(Engine.one(Engine.run(body, lang, "2025-04-04")).source().name()).isEqualTo(source);
    }

    @Test
    void aSubjectHeadedByABodyNounNamesABody() {
        assertThat(Engine.one(Engine.en("Another 54 inmates were injured, the country's prisons authority said.")).source().name())
                .isEqualTo("country's prisons authority");
    }

    @Test
    void theyPointAtTheLastBodyNamedWhenNobodySpokeYet() {
        List<Claim> c = Engine.en("At dawn, Leeds Police arrived at the camp and began removing protesters. "
                + "They said they arrested 64 protesters.");
        assertThat(Engine.one(c).source().name()).isEqualTo("Police");
    }

    @Test
    void authoritiesThatIdentifiedBodiesCountedThem() {
        assertThat(Engine.one(Engine.fr("Les autorités ont identifié 17 corps à Bandung.")).source().name()).isEqualTo("autorités");
    }

    @Test
    void aBodysManagementNamesTheBody() {
        assertThat(Engine.one(Engine.en("Some 9,000 people, according to the direction of the shrine, marched in Fatima.")).source())
                .isNotNull();
    }

    @Test
    void theMediaARelayQuotesAreTheSourceNotTheRelayNorTheirCountry() {
        assertThat(Engine.one(Engine.fr("Un incendie a fait quatre morts, selon des médias syriens cités par Reuters.")).source().name())
                .isEqualTo("médias syriens");
    }

    @Test
    void aBracketBeforeACommaAndAnInvertedVerbIsNoSubject() {
        assertThat(Engine.fr("Le bilan s'établit à 21 morts, dont trois employés du Programme alimentaire mondial (PAM), a déclaré "
                + "le porte-parole de la Défense civile.").get(0).source().name()).isEqualTo("Civil Defence");
    }

    @Test
    void theQuotedSpeakersOwnPeopleAreNoSourceAndANameMayFollowTheListener() {
        assertThat(Engine.one(Engine.fr("«Notre équipe a confirmé 73 morts», a déclaré à l'AFP Jane Marlow, porte-parole de "
                + "l'agence.")).source().name()).isEqualTo("Jane Marlow");
    }

    @Test
    void aCoalitionIsABody() {
        assertThat(Engine.one(Engine.fr("La coalition militaire a indiqué jeudi avoir tué 64 rebelles près de Marib.")).source().name())
                .isEqualTo("coalition militaire");
    }

    @Test
    void whatAVerbSpeaksOfIsNoSpeaker() {
        assertThat(Engine.fr("Huit personnes ont péri et 46 étaient recherchées vendredi soir en Guinée, selon un bilan communiqué "
                + "à l'AFP par la gendarmerie, qui a fait état de quatre rescapés secourus.").get(0).source().name())
                .isEqualTo("Gendarmerie");
    }
}
