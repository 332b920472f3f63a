package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claims.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionTest {

    private static Claim.Source source(String body) {
        return Engine.one(Engine.run(body, null, "2024-10-29")).source();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Selon le Pentagone, 10 000 soldats nord-coréens sont en Russie.|US Department of Defense",
        "D'après Kiev, 11 000 soldats nord-coréens sont déployés en Russie.|Ukraine",
        "10 000 soldats nord-coréens sont en Russie, selon les autorités ukrainiennes.|Ukraine",
        "Le département d'État a déclaré que 10 000 soldats étaient déployés en Russie.|US Department of State",
        "Le service de renseignement sud-coréen a affirmé que 10 000 soldats étaient déployés.|South Korea National Intelligence Service",
        "Selon Séoul, 10 000 soldats sont déployés en Russie.|South Korea",
        "Selon le ministère de l'Intérieur, 1 280 000 personnes ont manifesté.|French Interior Ministry",
        "Selon l'Otan, 10 000 soldats sont déployés en Russie.|NATO",
        "Selon un haut responsable américain, 3 000 soldats sont déployés en Russie.|United States",
        "At least 10,000 troops were sent to Russia, the Pentagon said.|US Department of Defense",
        "According to NATO, 10,000 troops are deployed in Russia.|NATO",
        "Citing the State Department, the paper said 10,000 troops were in Russia.|US Department of State",
        "Selon le ministère marocain de l'Intérieur, 2 012 personnes ont été tuées.|Morocco Interior Ministry",
        "Au moins 25 000 personnes ont été tuées, selon le Hamas.|Hamas",
        "Some 1,200 people were detained, the US official said.|United States",
        "Plus de 10 millions de personnes ont été déplacées, selon des chiffres publiés par l'OIM.|IOM",
        "More than 8.6 million people have fled, according to figures released by the IOM.|IOM",
        "Le cortège a été estimé à 245 000 personnes par les syndicats.|Unions",
        "Le Programme alimentaire mondial (PAM) a estimé que 25 000 personnes ont fui.|WFP",
        "Les organisateurs ont pour leur part avancé le chiffre de 10 000 participants.|Organisers",
        "Teachers marched in London, with organisers estimating the crowd at 40,000.|Organisers",
        "Some 105 hostages have been freed, Israel's prime minister's office said.|Israel Prime Minister",
        "Selon l'hôpital de Khan Younès, 18 personnes ont été tuées à Nousseirat.|Khan Younis Hospital",
        "Twelve people were killed, medical sources said.|Medical sources",
        "Kenya said 40 people were killed in the floods.|Kenya",
        "Vers 18h, la préfecture de police annonçait 112 interpellations.|Paris Police Prefecture",
        "Les heurts ont donné lieu à 212 gardes à vue, a-t-on appris du ministère de la Justice.|Justice Ministry",
        "Les autorités attendent 80 000 manifestants samedi à Madrid.|autorités",
        "About 40 people are still missing, survivors told reporters in Lampedusa.|survivors",
        "Two civilians were killed in the shelling, villagers recounted at a press conference.|villagers",
        "Les crues ont fait 45 morts, a annoncé l'Agence nationale de gestion des urgences (NEMA).|NEMA",
        "Israel has freed 210 prisoners, according to a tally by the Palestinian Prisoners' Society.|Palestinian Prisoners' Society",
        "L'ONU dénombre 1,2 million de déplacés au Soudan.|United Nations",
        "The health ministry raised the death toll to 230 on Monday.|Health Ministry",
        "La protection civile a revu à la hausse le bilan, désormais de 52 morts.|Civil Protection",
        "L'Ukraine a annoncé avoir récupéré 95 soldats détenus par la Russie.|Ukraine",
        "Au moins 9 personnes ont été tuées, ont indiqué des officiels.|officiels",
        "The Washington Post places the death toll at 112.|Washington Post",
        "ROME (Reuters) - Two people died off Lampedusa, the coastguard said on Sunday.|Coast Guard",
        "Le nombre de civils tués s'est élevé à 139 en septembre, chiffre le plus bas depuis 2011, a indiqué lundi une ONG proche des rebelles.|ONG",
        "« Plus de 14 assaillants ont été tués », a précisé la force régionale dans un communiqué.|force régionale",
        "The rebel group's spokesman, Ali Dayan, told AFP its fighters had killed 30 soldiers.|Ali Dayan",
        "A relief worker who treated the survivors reported 19 people dead.|Relief workers",
        "Au moins 8 personnes sont mortes, a déclaré dimanche 1 er juin le parquet régional.|Prosecutor's Office",
        "Le glissement de terrain a fait 12 morts mardi, ont indiqué les gardes-côtes de la région.|Coast Guard",
        "Nine miners were killed, revealed the district commissioner of the area Sunday evening.|district commissioner of the area"})
    void sourcesGetCanonicalEnglishNames(String sentence, String canonical) {
        assertThat(source(sentence).name()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|À Lyon, l'intersyndicale a compté 35 000 manifestants et la police 12 400.|35000:Unions,12400:Police",
        "en|Organisers counted 60,000 marchers in Cardiff, and police 15,000.|60000:Organisers,15000:Police",
        "fr|La CGT a revendiqué une participation de 900 000 personnes, la police 210 000.|900000:CGT,210000:Police"})
    void aSecondSourceSharingTheVerbOwnsTheFigureAfterIt(String lang, String body, String expected) {
        assertThat(Engine.run(body, lang, "2024-10-29")).extracting(c -> c.quantity().low() + ":" + c.source().name())
                .containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|L'éboulement a fait 18 morts. C'est ce qu'a annoncé lundi la protection civile.|18:Civil Protection:2024-10-28",
        "en|Nine climbers died on the glacier. That is what the health ministry said on Monday.|9:Health Ministry:2024-10-28"})
    void aSentenceThatPointsBackGivesItsSourceToTheFiguresBefore(String lang, String body, String expected) {
        Claim c = Engine.one(Engine.run(body, lang, "2024-10-29"));
        assertThat(c.quantity().low() + ":" + c.source().name() + ":" + c.statedOn()).isEqualTo(expected);
    }

    @Test
    void aSentenceGoingOnWithTheCountGivesItsSourceToTheSentenceBefore() {
        List<Claim> claims = Engine.run("Quatre civils ont été tués dans des frappes lundi. Neuf autres personnes ont été "
                + "blessées, affirme le gouverneur de la région, Ivan Petrenko.", "fr", "2024-10-29");
        assertThat(claims).extracting(c -> c.quantity().low() + ":" + (c.source() == null ? null : c.source().person()))
                .containsExactly("4:Ivan Petrenko", "9:Ivan Petrenko");
    }

    @Test
    void aParticipleSpeaksForTheSubjectOfTheVerbBeforeIt() {
        List<Claim> claims = Engine.run("A spokesman for the Karen National Union (KNU) told AFP 6 people died and 14 were hurt, "
                + "adding that more were missing.", "en", "2024-10-29");
        assertThat(claims).extracting(c -> c.source().name()).containsExactly("Karen National Union", "Karen National Union");
    }

    @Test
    void aCapitalisedRoleRefersBackToTheBodyNamedBefore() {
        List<Claim> claims = Engine.run("Selon l'OSDH, 300 personnes ont été tuées. 20 civils ont été tués, a affirmé l'ONG dans "
                + "son rapport.", "fr", "2024-10-29");
        assertThat(claims).extracting(c -> c.source().name()).containsOnly("Syrian Observatory for Human Rights");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Les manifestants étaient nombreux. Selon les syndicats, ils étaient 10000 et selon la police 6250.",
        "Les manifestants étaient nombreux. Ils étaient 10000 selon les syndicats et 6250 selon la police."})
    void aSourceRightBeforeItsFigureOwnsIt(String body) {
        assertThat(Engine.run(body, "fr", "2024-10-29")).extracting(c -> c.quantity().low() + ":" + c.source().name())
                .containsExactly("10000:Unions", "6250:Police");
    }

    @Test
    void pourBeforeAKnownBodyNamesTheSourceOfTheFigureBeforeIt() {
        List<Claim> claims = Engine.run("À Nantes, les syndicats ont compté 20 000 manifestants, contre 9 000 pour la police.",
                "fr", "2024-10-29");
        assertThat(claims).extracting(c -> c.quantity().low() + ":" + c.source().name())
                .containsExactly("20000:Unions", "9000:Police");
    }

    @Test
    void heAndSheStandForTheLastPersonNotTheAgencyThatRelayedThem() {
        List<Claim> claims = Engine.run("The spokesman Ali Haddad told reporters in Gaza City, as reported by Anadolu Agency, "
                + "that the ministry was overwhelmed. He said 40 medics had been killed.", "en", "2024-10-29");
        assertThat(Engine.one(claims).source().name()).isEqualTo("Ali Haddad");
    }

    @Test
    void invertedIncisAfterTheFigureNamesSpokesmanAndPerson() {
        Claim.Source s = source("Quelque 2 000 soldats sont sur le point d'arriver, a déclaré le porte-parole du "
                + "Pentagone, le général Pat Ryder, lors d'un point presse.");
        assertThat(s.name()).isEqualTo("US Department of Defense");
        assertThat(s.text()).contains("porte-parole du Pentagone").contains("Pat Ryder");
        assertThat(s.person()).isEqualTo("Pat Ryder");
    }

    @Test
    void attributionAtTheEndOfAQuote() {
        Claim.Source s = source("« Plus de 10 000 soldats nord-coréens ont été envoyés en Russie », a déclaré mardi "
                + "le porte-parole du département d'Etat américain, Vedant Patel.");
        assertThat(s.name()).isEqualTo("US Department of State");
        assertThat(s.person()).isEqualTo("Vedant Patel");
    }

    @Test
    void namedPeopleSpeakForTheirOrganisation() {
        Claim.Source zelensky = source("Volodymyr Zelensky affirme que 10 000 soldats sont en préparation.");
        assertThat(zelensky.name()).isEqualTo("Ukraine");
        assertThat(zelensky.person()).isEqualTo("Volodymyr Zelensky");
        Claim.Source blinken = source("Antony Blinken a déclaré que 8 000 soldats étaient déployés à Koursk.");
        assertThat(blinken.name()).isEqualTo("US Department of State");
        assertThat(blinken.person()).isEqualTo("Antony Blinken");
    }

    @Test
    void unknownPeopleAreStillNamed() {
        Claim.Source s = source("Strikes killed 12 people in Kharkiv, regional governor Oleh Syniehubov said.");
        assertThat(s.person()).isEqualTo("Oleh Syniehubov");
        assertThat(s.text()).contains("governor");
    }

    @Test
    void twoSourcesInOneSentenceGiveTwoClaims() {
        List<Claim> claims = Engine.fr("Les manifestants étaient 1,28 million selon l'Intérieur, 3,5 millions selon la CGT.");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).quantity().low()).isEqualTo(1_280_000);
        assertThat(claims.get(0).source().name()).isEqualTo("French Interior Ministry");
        assertThat(claims.get(1).quantity().low()).isEqualTo(3_500_000);
        assertThat(claims.get(1).source().name()).isEqualTo("CGT");
    }

    @Test
    void policeAndOrganisersInEnglish() {
        List<Claim> claims = Engine.en("About 40,000 people marched in London, according to police, while "
                + "organisers said more than 100,000 took part.");
        assertThat(claims).extracting(c -> c.source().name()).containsExactly("Police", "Organisers");
    }

    @Test
    void theUnionRefersBackToTheUnionNamedBefore() {
        Claim.Source s = Engine.one(Engine.fr("La CGT revendique une forte mobilisation. D'après le syndicat, "
                + "200 000 personnes ont manifesté.")).source();
        assertThat(s.name()).isEqualTo("CGT");
    }

    @Test
    void pronounRefersBackToTheLastSpeaker() {
        Claim.Source il = Engine.one(Engine.fr("Antony Blinken a déclaré que la Russie était isolée. Il a "
                + "affirmé que 8 000 soldats étaient déployés à Koursk.")).source();
        assertThat(il.name()).isEqualTo("US Department of State");
        Claim.Source he = Engine.one(Engine.en("Zelensky spoke to reporters. He said 31,000 soldiers had been killed.")).source();
        assertThat(he.name()).isEqualTo("Ukraine");
    }

    @Test
    void someoneFromTheAgencySpeaksForTheAgencyNamedBefore() {
        Claim.Source s = Engine.one(Engine.fr("L'agence de renseignement sud-coréenne a évoqué un redéploiement. "
                + "Environ 300 soldats ont été tués, a déclaré un responsable de l'agence.")).source();
        assertThat(s.name()).isEqualTo("South Korea National Intelligence Service");
        assertThat(s.person()).isNull();
    }

    @Test
    void theAdministrationIsTheGovernmentNamedBefore() {
        Claim.Source s = Engine.one(Engine.fr("Les États-Unis ne connaissent pas leur mission. Environ 3 000 "
                + "soldats sont déployés, selon un haut responsable de l'administration.")).source();
        assertThat(s.name()).isEqualTo("United States");
    }

    @Test
    void theMinistryAndTheOfficialReferBack() {
        Claim.Source ministry = Engine.en("Police detained 293 people, the interior ministry said. The ministry said "
                + "143 police officers had been injured.").get(1).source();
        assertThat(ministry.name()).isEqualTo("Interior Ministry");
        Claim.Source official = Engine.one(Engine.en("A senior US military official spoke on Monday. The official, "
                + "who spoke on condition of anonymity, said the roughly 11,000 troops sent to Russia were poorly "
                + "prepared.")).source();
        assertThat(official.name()).isEqualTo("United States");
    }

    @Test
    void theForceIsThePoliceNamedBefore() {
        List<Claim> claims = Engine.en("About 15,000 people took part, the Metropolitan Police said. Nine people "
                + "were arrested, the force added.");
        assertThat(claims.get(1).source().name()).isEqualTo("Metropolitan Police");
    }

    @Test
    void aFigureIsNoPartOfTheSourcesWords() {
        assertThat(source("À Rennes, selon la police entre 1 000 et 1 500 manifestants étaient réunis.").text())
                .isEqualTo("la police");
        assertThat(Engine.fr("Au moins 28 rebelles ont péri jeudi dans les raids, ont indiqué à l'AFP des sources de sécurité.")
                .get(0).source().text()).isEqualTo("des sources de sécurité");
    }

    @Test
    void aBodyTheGazetteerDoesNotKnowIsNamedAsWritten() {
        assertThat(source("Au moins 120 personnes ont été tuées, selon l'organisme public de gestion des catastrophes (AFAD).")
                .name()).isEqualTo("AFAD");
        assertThat(source("At least 26 civilians have been killed, according to the humanitarian affairs office.").name())
                .isEqualTo("humanitarian affairs office");
    }

    @Test
    void whomTheSpeakerToldIsNotTheSpeaker() {
        assertThat(Engine.fr("« Le bilan a atteint 1.170 tués », a annoncé à des médias le porte-parole de la police Kamal Singh Bam.")
                .get(0).source().person()).isEqualTo("Kamal Singh Bam");
    }

    @Test
    void aTitleWrittenShortDoesNotCutTheNameAfterIt() {
        assertThat(source("Selon M. Zelensky, 187 militaires ont été libérés.").person()).isEqualTo("Zelensky");
    }

    @Test
    void aWeekdayIsNoPartOfAName() {
        List<Claim> claims = Engine.en("Kevin Stricklin, a federal official, spoke to reporters. Early Tuesday he raised "
                + "the death toll to 12.");
        assertThat(claims.get(0).source().name()).startsWith("Kevin Stricklin");
    }

    @Test
    void aProsecutorSpeaksForTheProsecutorsOfficeNotForTheBodyNamedBefore() {
        List<Claim> claims = Engine.fr("La police a fait état de 30 blessés. Le procureur de la République de Lyon a "
                + "indiqué que 14 personnes avaient été interpellées.");
        assertThat(claims).extracting(c -> c.source().name()).containsExactly("Police", "Lyon Prosecutor's Office");
    }

    @Test
    void aRoleWithNothingToReferToKeepsItsWordsWithoutTheArticle() {
        Claim.Source s = source("Au moins 40 personnes ont été tuées, selon un responsable local.");
        assertThat(s.name()).isEqualTo("responsable local");
    }

    @Test
    void theRelayIsNotTheSource() {
        Claim.Source s = Engine.one(Engine.fr("Le service de renseignement sud-coréen a parlé lundi. Environ 11 000 "
                + "soldats sont déployés, a déclaré un responsable du service, cité par l'agence Yonhap.")).source();
        assertThat(s.name()).isNotEqualTo("Yonhap").doesNotContain("Yonhap");
    }

    @Test
    void theObjectOfASpeechVerbIsNotItsSpeaker() {
        Claim.Source s = Engine.one(Engine.en("The official said the roughly 11,000 troops Pyongyang sent to Russia "
                + "were poorly prepared.")).source();
        assertThat(s == null ? null : s.name()).isNotEqualTo("North Korea");
    }

    @Test
    void organisationsTheGazetteerDoesNotKnowAreNotPeople() {
        Claim.Source s = source("At least 39 people were killed, the Kenya National Commission on Human Rights said.");
        assertThat(s.name()).isEqualTo("Kenya National Commission on Human Rights");
        assertThat(s.person()).isNull();
        Claim.Source group = source("The rights group Foro Penal said it had verified 1,010 detentions.");
        assertThat(group.name()).isEqualTo("Foro Penal");
        assertThat(group.person()).isNull();
        Claim.Source police = source("In Sunderland, 23 people have been arrested, said Northumbria Police.");
        assertThat(police.name()).isEqualTo("Northumbria Police");
    }

    @Test
    void aPlaceNameIsNeverAPerson() {
        Claim.Source s = source("Le soutien de la Corée du Nord à la Russie souligne que 1 100 soldats sont morts.");
        assertThat(s.person()).isNull();
        assertThat(s.name()).isEqualTo("North Korea");
    }

    @Test
    void titlesInsideANameLeaveThePerson() {
        Claim.Source s = source("Some 180,000 residents remain under evacuation orders, Los Angeles County Sheriff "
                + "Robert Luna told reporters.");
        assertThat(s.person()).isEqualTo("Robert Luna");
    }

    @Test
    void aPronounRefersToThePersonTheSentenceBeforeOpenedOn() {
        Claim.Source s = Engine.one(Engine.fr("Le ministre de l'Intérieur démissionnaire, Bruno Retailleau, doit se "
                + "rendre sur place lundi. « Près de 1 600 policiers sont déjà déployés », a-t-il déclaré.")).source();
        assertThat(s.person()).isEqualTo("Bruno Retailleau");
    }

    @Test
    void aQuoteClosedWithoutOpeningDoesNotLendItsSpeakerToLaterSentences() {
        List<Claim> claims = Engine.fr("Des déploiements ont eu lieu\", a déclaré jeudi un responsable de l'agence. "
                + "Le nombre de victimes, estimées à environ 1 100, augmente.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).source()).isNull();
    }

    @Test
    void quoteSpanningSentencesTakesTheClosingAttribution() {
        Claim.Source s = Engine.one(Engine.en("\"We have lost 31,000 soldiers. Every one is a tragedy,\" "
                + "Zelensky told reporters.")).source();
        assertThat(s.name()).isEqualTo("Ukraine");
    }

    @Test
    void articleVoiceHasNoSource() {
        assertThat(source("Plus de 1 200 migrants sont arrivés à Lampedusa en 24 heures.")).isNull();
    }

    @Test
    void selonLesquelsIsNotAnAttribution() {
        assertThat(source("Des indices selon lesquels 2 000 soldats sont arrivés en Russie.")).isNull();
    }

    @Test
    void extraGazetteerAddsAndOverridesEntries(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("extra.tsv");
        java.nio.file.Files.writeString(file, "# local names\nsource\tsyndicat sud education\tSUD Education\tunion\n"
                + "source\tpentagone\tPentagon\tmilitary\n");
        ClaimExtractor custom = new ClaimExtractor(file);
        List<Claim> a = custom.extract(new org.claims.model.Article(null, null, null, null,
                "Selon le syndicat Sud Education, 5 000 enseignants ont manifesté. Selon le Pentagone, 10 000 "
                        + "soldats sont en Russie.", "fr", null, null));
        assertThat(a).extracting(c -> c.source().name()).containsExactly("SUD Education", "Pentagon");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Au moins 12 civils ont été tués, selon le parquet régional.|Prosecutor's Office",
        "Selon la municipalité, 300 personnes ont été évacuées.|Municipality",
        "Selon l'opposition, plus de cent manifestants ont été blessés.|Opposition",
        "La Seine-Maritime a compté 25 000 manifestants, d'après les services de l'Etat.|French State Services",
        "About 300 people were arrested, according to the interior ministry.|Interior Ministry",
        "Selon le ministère de l'intérieur, 300 personnes ont été interpellées.|French Interior Ministry"})
    void lowerCaseOfficesHaveACanonicalName(String body, String name) {
        assertThat(source(body).name()).isEqualTo(name);
    }

    @Test
    void eachFigureTakesTheSourceBracketedAfterIt() {
        List<Claim> c = Engine.fr("Ils étaient entre 3 100 (police) et 8 000 (CGT) à Toulouse.");
        assertThat(c).extracting(x -> x.quantity().low() + " " + x.source().name())
                .containsExactly("3100 Police", "8000 CGT");
    }

    @Test
    void forAfterAFigureNamesAKnownSource() {
        List<Claim> c = Engine.en("Some 900,000 people marched, according to the CGT union, and 310,000 for the "
                + "Interior Ministry.");
        assertThat(c.get(1).source().name()).isEqualTo("Interior Ministry");
    }

    @Test
    void englishUnionsAreASource() {
        assertThat(Engine.one(Engine.en("In Nantes, the unions counted 25,000 demonstrators.")).source().name())
                .isEqualTo("Unions");
    }

    @Test
    void aNationalitySplittingAnOfficeStillNamesTheOffice() {
        List<Claim> c = Engine.fr("Le ministère libanais de la Santé a fait état de 12 morts. Selon le ministère, "
                + "40 personnes ont été blessées.");
        assertThat(c).extracting(x -> x.source().name()).containsOnly("Lebanon Health Ministry");
    }

    @Test
    void aSentenceSayingWhoReportedTheFiguresBeforeItAttributesThem() {
        assertThat(source("Plus de 800 personnes sont mortes du paludisme en janvier. Cela a été rapporté par "
                + "l'Organisation mondiale de la santé.").name()).isEqualTo("WHO");
    }

    @Test
    void aListenerAloneAfterTheVerbLeavesTheSubjectAsSpeaker() {
        assertThat(source("Paul Martin a déclaré à l'agence de presse AFP que les ravisseurs ont emmené 140 élèves.")
                .name()).isEqualTo("Paul Martin");
    }

    @Test
    void figuresReportedByABodyInThePassiveAreItsClaims() {
        assertThat(source("En outre, 532 arrestations ont été signalées par la Commission nationale des droits de "
                + "l'homme.").text()).contains("Commission nationale");
    }

    @Test
    void theAgencyRefersBackToACommissionNamedBefore() {
        List<Claim> c = Engine.en("The Kenya National Commission on Human Rights said 8 people were killed. The agency "
                + "said at least 61 people were arrested.");
        assertThat(c.get(1).source().name()).isEqualTo("Kenya National Commission on Human Rights");
    }

    @Test
    void anAgencyNamedByItsInitialsIsNotItsCountry() {
        assertThat(source("Plus de 500 migrants sont arrivés lundi à Lampedusa, écrit l'agence de presse italienne ANSA.")
                .name()).isEqualTo("ANSA");
    }

    @Test
    void theTollAVerbAnnouncesIsItsObjectNotItsSpeaker() {
        assertThat(source("Le ministère de la Santé de Gaza, dirigé par le Hamas, a annoncé dimanche un nouveau bilan de "
                + "37.084 personnes tuées.").name()).isEqualTo("Gaza Health Ministry");
    }

    @Test
    void anUnnamedMonitorIsASource() {
        assertThat(source("At least 1,383 civilians were killed in a recent wave of violence, a war monitor said.").name())
                .isEqualTo("war monitor");
    }

    @Test
    void anInvertedSpeakerRunningIntoATollKeepsHisName() {
        List<Claim> c = Engine.fr("\"Nous déplorons la mort de 84 personnes\", a indiqué François Molins en faisant aussi "
                + "état de 202 blessés.");
        assertThat(c).extracting(x -> x.source().name()).containsExactly("François Molins", "François Molins");
    }

    @Test
    void aLabelledBracketNamesTheSourceOfTheFiguresBeforeIt() {
        List<Claim> c = Engine.fr("À Zaventem, 14 morts et 106 blessés (source : pompiers) dans deux explosions.");
        assertThat(c).extracting(x -> x.source().name()).containsExactly("Fire Service", "Fire Service");
    }

    @Test
    void theTollOfABodyNamedBeforeIsThatBodysClaim() {
        List<Claim> c = Engine.fr("Le ministère de l'Intérieur a fait état de 800 morts. Le bilan s'élève à 820 morts, selon "
                + "un bilan actualisé du ministère.");
        assertThat(c.get(1).source().name()).isEqualTo("French Interior Ministry");
    }

    @Test
    void aProvinceRecordingDeathsDoesNotSpeak() {
        assertThat(source("In the south, Sindh recorded 57 deaths.")).isNull();
    }

    @Test
    void theCountOfABodyIsThatBodysClaim() {
        assertThat(source("Selon le décompte des policiers, 4.300 personnes battent le pavé à Marseille.").name())
                .isEqualTo("Police");
    }

    @Test
    void theTollAVerbRevealsIsNotItsSpeaker() {
        assertThat(source("Malik Mersit, a health ministry official, revealed the final toll of victims of the clashes "
                + "in Tripoli, where 61 people died.").person()).isEqualTo("Malik Mersit");
    }

    @Test
    void aSurnameAloneAsTheSubjectIsTheSpeaker() {
        assertThat(source("Speaking on Wednesday at a ceremony, Kagame said the troops in Cabo Delgado have reached more "
                + "than 2,500.").name()).isEqualTo("Kagame");
    }

    @Test
    void anAbbreviatedTitleAloneIsNoName() {
        assertThat(source("At least five people were arrested, Sgt. said.")).isNull();
    }

    @Test
    void aForceNamedAfterItsAreaNamesNoPerson() {
        Claim.Source s = source("Four men were arrested on Saturday, Thames Valley Police said.");
        assertThat(s.name()).isEqualTo("Thames Valley Police");
        assertThat(s.person()).isNull();
    }

    @Test
    void aMarkerEndingOnTheFirstWordOfAKnownSourceLeavesItTheSource() {
        assertThat(Engine.one(Engine.run("Trois gendarmes ont été blessés, a-t-on appris de source policière.", "fr",
                "2024-10-29")).source().name()).isEqualTo("Police sources");
    }

    @Test
    void aVerbOfGivingBeforeACountNounSpeaksForTheNextSentence() {
        List<Claim> claims = Engine.run("Local health officials gave a new toll on Wednesday. At least 57 people have died.",
                "en", "2024-10-29");
        assertThat(Engine.one(claims).source().name()).isEqualTo("Local health officials");
    }

    @Test
    void aVerbOfGivingBeforePeopleSpeaksForNobody() {
        assertThat(Engine.one(Engine.run("The government released 200 prisoners on Monday.", "en", "2024-10-29")).source())
                .isNull();
    }

    @Test
    void aTimePhraseBetweenAnInvertedVerbAndItsSpeakerIsPassedOver() {
        assertThat(source("L'inondation a fait 38 morts, a annoncé dans la nuit de samedi à dimanche le ministre de "
                + "l'Intérieur.").name()).isEqualTo("Interior Ministry");
    }

    @Test
    void thePoliceMakingTheArrestsIsTheirSource() {
        assertThat(source("Police arrested 41 people after the match.").name()).isEqualTo("Police");
    }

    @Test
    void anArmyMakingArrestsIsNoSource() {
        assertThat(source("The army arrested 41 people after the attack.")).isNull();
    }

    @Test
    void aBroadcasterCitedAfterASpeakerOnlyRelaysIt() {
        Claim.Source s = source("Organizers said 120,000 people marched, according to the BBC.");
        assertThat(s.name() + " via " + s.via()).isEqualTo("Organisers via BBC");
    }

    @Test
    void anArticleAndOneUnknownNameBeforeASpeechVerbNameABody() {
        assertThat(source("Le Modef parle de 19 morts.").name()).isEqualTo("Modef");
    }

    @Test
    void itStandsForTheLastBodyThatSpokeNotItsSpokesman() {
        List<Claim> claims = Engine.run("The United Nations said 20 soldiers were wounded. Spokesman Ali Ahmed said the "
                + "convoy was hit twice. It says 172 troops have died.", "en", "2024-10-29");
        assertThat(claims.get(claims.size() - 1).source().name()).isEqualTo("United Nations");
    }

    @Test
    void aSpeechVerbFollowedByByIsAPassiveNotAnInvertedSpeaker() {
        assertThat(source("A bombing claimed by the rebels killed at least 31 people, the health ministry said.").name())
                .isEqualTo("Health Ministry");
    }

    @Test
    void aLongRunWithAFigureAfterAVerbIsItsObject() {
        List<Claim> claims = Engine.run("Karim Saleh, a spokesman for the Health Ministry, said airstrikes hit two buses "
                + "carrying civilians near the port, killing at least 19 people.", "en", "2024-10-29");
        assertThat(claims).extracting(c -> c.source().person()).containsOnly("Karim Saleh");
    }

    @Test
    void asStatedByNamesTheSource() {
        assertThat(source("The fighting has left at least 61 people dead, as stated by the United Nations.").name())
                .isEqualTo("United Nations");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Des diplomates européens ont annoncé mardi qu'au moins 300 pèlerins étaient morts à La Mecque.|diplomates européens",
        "About 60 people were arrested inside the library, officers said.|officers",
        "Separately, 18 people were detained, law enforcement confirmed.|law enforcement",
        "Un autre habitant, confirmant l'attaque, a évoqué un bilan de « 21 morts ».|autre habitant",
        "Au moins 120 pèlerins sont décédés, ont indiqué mardi à l'AFP deux diplomates européens.|deux diplomates européens",
    })
    void aSpeakerNamedByItsRoleIsTheSource(String body, String name) {
        assertThat(source(body).name()).isEqualTo(name);
    }

    @Test
    void detaillerIsASpeechVerb() {
        assertThat(source("« Il y a 85 personnes tuées », a détaillé dimanche soir Pedro Alvarez, le porte-parole du ministère.")
                .person()).isEqualTo("Pedro Alvarez");
    }

    @Test
    void toPutForwardAFigureIsToClaimIt() {
        assertThat(source("Les syndicats avancent le chiffre de 45 000 manifestants à Lyon.").name()).isEqualTo("Unions");
    }

    @Test
    void aVerbJoinedByAndSharesTheSubjectOfTheFirstNotTheNounBeforeAnd() {
        assertThat(source("Il a noté qu'une enquête se poursuit avec la participation de la gendarmerie et a confirmé "
                + "qu'au moins 9 personnes sont mortes à Nantes.")).isNull();
        assertThat(source("The governor visited the camp with the Red Cross and said that 40 people were missing in Kano.").name())
                .isEqualTo("governor");
        assertThat(source("QUITO, June 23 — Peru on Wednesday rejected the strikers' demands to end the curfew and said 14 police "
                + "officers were missing in Puno.").name()).isEqualTo("Peru");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Selon un dernier bilan mardi des autorités, 23 personnes sont mortes à Lille.|autorités",
        "At least 14 people were killed in the blast in Quetta, according to a new toll from provincial authorities.|provincial authorities",
    })
    void theBodyWhoseTollItIsIsTheSource(String body, String name) {
        assertThat(source(body).name()).isEqualTo(name);
    }

    @Test
    void aCapitalisedVerbInsideANameIsNoVerb() {
        assertThat(source("The dead included some 12 foreign nationals from Italy, the United States and elsewhere.")).isNull();
    }

    @Test
    void aSentencePointingBackGivesItsSpeakerToTheFiguresBefore() {
        assertThat(Engine.one(Engine.en("Ukraine and Russia swapped prisoners, bringing 250 soldiers home.\n\n"
                + "This was reported by the Ukrainian army.")).source().name()).isEqualTo("Ukraine");
        assertThat(Engine.one(Engine.fr("Plus de 80 000 habitants ont été évacués de la vallée. La préfecture l'a annoncé "
                + "lundi.")).source().name()).isEqualTo("préfecture");
        assertThat(Engine.one(Engine.fr("Plus de 80 000 habitants ont été évacués. Le préfet du département, Jean Dupont, "
                + "l'a annoncé lors d'un point presse.")).source().person()).isEqualTo("Jean Dupont");
    }

    @Test
    void aGroupSpeakingForItselfIsNoReferenceBack() {
        List<Claim> c = Engine.fr("Selon l'agence Fars, 12 personnes ont été tuées à Ahvaz. Le bilan s'est alourdi à 41 morts "
                + "à Quetta, selon les médias locaux.");
        assertThat(c.get(1).source().name()).isEqualTo("médias locaux");
    }

    @Test
    void toEvaluateACrowdIsToCountIt() {
        List<Claim> c = Engine.fr("La CGT annonce 90.000 manifestants. La police de son côté a évalué le cortège à 28.000 "
                + "participants à Bordeaux.");
        assertThat(c.get(1).source().name()).isEqualTo("Police");
    }

    @Test
    void aBodyOfAPlaceBeforeAnnonceSpeaks() {
        assertThat(Engine.one(Engine.fr("De son côté, la préfecture de la Gironde annonce 21 000 manifestants à Bordeaux."))
                .source().name()).isEqualTo("préfecture de la Gironde");
    }
}
