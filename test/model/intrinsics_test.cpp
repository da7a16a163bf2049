#include "infralint/model/intrinsics.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

using namespace infralint::model;

namespace {

Value str(std::string s) { return Value::string(std::move(s)); }
Value num(std::string s) { return Value::number(std::move(s)); }
Value arr(Value::Array items) { return Value::array(std::move(items)); }
Value obj(std::initializer_list<std::pair<std::string, Value>> kv) {
  Value::Object members;
  for (auto& [k, v] : kv) members.push_back(Member{k, {}, v});
  return Value::object(std::move(members));
}
Value fn(std::string name, Value arg) { return obj({{std::move(name), std::move(arg)}}); }
Value ref(std::string name) { return fn("Ref", str(std::move(name))); }

// A template with the sections the resolver reads.
Stack sample_stack() {
  Stack stack;
  stack.root = obj({
      {"Parameters",
       obj({
           {"Env", obj({{"Type", str("String")}, {"Default", str("prod")}})},
           {"Retention", obj({{"Type", str("Number")}, {"Default", num("30")}})},
           {"NoDefault", obj({{"Type", str("String")}})},
           {"Zones", obj({{"Type", str("CommaDelimitedList")}, {"Default", str("a, b,c")}})},
           {"Subnets", obj({{"Type", str("List<AWS::EC2::Subnet::Id>")}, {"Default", str("subnet-1,subnet-2")}})},
           {"LatestAmi", obj({{"Type", str("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>")},
                              {"Default", str("/aws/service/ami")}})},
       })},
      {"Conditions",
       obj({
           {"IsProd", fn("Fn::Equals", arr({ref("Env"), str("prod")}))},
           {"IsDev", fn("Fn::Equals", arr({str("dev"), ref("Env")}))},
           {"InUsEast1", fn("Fn::Equals", arr({ref("AWS::Region"), str("us-east-1")}))},
           {"NotDev", fn("Fn::Not", arr({fn("Condition", str("IsDev"))}))},
           {"ProdAndNotDev", fn("Fn::And", arr({fn("Condition", str("IsProd")), fn("Condition", str("NotDev"))}))},
           {"DevAndRegion", fn("Fn::And", arr({fn("Condition", str("IsDev")), fn("Condition", str("InUsEast1"))}))},
           {"ProdOrRegion", fn("Fn::Or", arr({fn("Condition", str("InUsEast1")), fn("Condition", str("IsProd"))}))},
           {"DevOrRegion", fn("Fn::Or", arr({fn("Condition", str("IsDev")), fn("Condition", str("InUsEast1"))}))},
           {"LiteralOnly", fn("Fn::Equals", arr({str("a"), str("a")}))},
           {"NumberVsText", fn("Fn::Equals", arr({ref("Retention"), str("30")}))},
           {"LoopA", fn("Condition", str("LoopB"))},
           {"LoopB", fn("Fn::Not", arr({fn("Condition", str("LoopA"))}))},
       })},
      {"Mappings",
       obj({{"Sizes", obj({{"prod", obj({{"Instance", str("m5.large")}})},
                           {"dev", obj({{"Instance", str("t3.micro")}})}})}})},
      {"Resources", obj({{"Bucket", obj({{"Type", str("AWS::S3::Bucket")}})}})},
  });
  return stack;
}

class Intrinsics : public ::testing::Test {
 protected:
  Stack stack = sample_stack();
  Resolved resolve_(const Value& v) { return resolve(v, stack); }
};

// --- values that are not intrinsics -----------------------------------------------

TEST_F(Intrinsics, PlainValueIsKnownAndBorrowed) {
  Value v = str("literal");
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(&r.value(), &v);
  EXPECT_EQ(r.origin(), Origin::Written);
}

TEST_F(Intrinsics, ObjectMembersAreNotResolvedOnlyTheIntrinsicItself) {
  Value v = obj({{"Key", ref("Env")}, {"Other", str("x")}});
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(&r.value(), &v);
}

TEST_F(Intrinsics, ValueMarkedUnresolvedByALoaderStaysUnresolved) {
  Value v = str("(known after apply)");
  v.set_origin(Origin::Unresolved);
  Resolved r = resolve_(v);
  EXPECT_EQ(r.state(), Resolved::State::Unresolved);
  EXPECT_EQ(r.unresolved_at(), &v);
}

// --- Ref ------------------------------------------------------------------------

TEST_F(Intrinsics, RefToParameterWithDefaultIsTheDefault) {
  Value v = ref("Env");
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "prod");
  EXPECT_EQ(r.origin(), Origin::Defaulted);
  EXPECT_EQ(&r.value(), stack.root.at("/Parameters/Env/Default"));
}

TEST_F(Intrinsics, RefToParameterWithoutDefaultIsUnresolvedAtTheRef) {
  Value v = ref("NoDefault");
  Resolved r = resolve_(v);
  EXPECT_EQ(r.state(), Resolved::State::Unresolved);
  EXPECT_EQ(r.origin(), Origin::Unresolved);
  EXPECT_EQ(r.unresolved_at(), &v);
}

TEST_F(Intrinsics, RefToListParametersSplitsTheDefaultAndTrimsMembers) {
  Value zones = ref("Zones");
  Resolved r = resolve_(zones);
  ASSERT_TRUE(r.is_known());
  ASSERT_TRUE(r.value().is_array());
  EXPECT_EQ(r.value(), arr({str("a"), str("b"), str("c")}));
  EXPECT_EQ(r.origin(), Origin::Defaulted);

  Value subnets = ref("Subnets");
  Resolved s = resolve_(subnets);
  ASSERT_TRUE(s.is_known());
  EXPECT_EQ(s.value(), arr({str("subnet-1"), str("subnet-2")}));
}

TEST_F(Intrinsics, RefToSsmBackedParameterIsUnresolvedBecauseTheDefaultIsOnlyAKey) {
  Value v = ref("LatestAmi");
  EXPECT_EQ(resolve_(v).state(), Resolved::State::Unresolved);
}

TEST_F(Intrinsics, RefToNoValueIsNoValue) {
  Value v = ref("AWS::NoValue");
  EXPECT_EQ(resolve_(v).state(), Resolved::State::NoValue);
}

TEST_F(Intrinsics, PseudoParametersResourcesAndUnknownNamesAreUnresolved) {
  for (const char* name : {"AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::Partition", "Bucket", "Nowhere"}) {
    Value v = ref(name);
    Resolved r = resolve_(v);
    EXPECT_EQ(r.state(), Resolved::State::Unresolved) << name;
    EXPECT_EQ(r.unresolved_at(), &v) << name;
  }
}

// --- Conditions -----------------------------------------------------------------

TEST_F(Intrinsics, ConditionsOverParameterDefaults) {
  EXPECT_EQ(evaluate_condition("IsProd", stack), true);
  EXPECT_EQ(evaluate_condition("IsDev", stack), false);
  EXPECT_EQ(evaluate_condition("NotDev", stack), true);
  EXPECT_EQ(evaluate_condition("ProdAndNotDev", stack), true);
  EXPECT_EQ(evaluate_condition("LiteralOnly", stack), true);
  EXPECT_EQ(evaluate_condition("NumberVsText", stack), true);
}

TEST_F(Intrinsics, ConditionOnPseudoParameterIsUndecided) {
  EXPECT_EQ(evaluate_condition("InUsEast1", stack), std::nullopt);
}

TEST_F(Intrinsics, AndOrAreDecidedByOneDecisiveOperandEvenBesideAnUnknown) {
  EXPECT_EQ(evaluate_condition("DevAndRegion", stack), false);   // false && ? = false
  EXPECT_EQ(evaluate_condition("ProdOrRegion", stack), true);    // ? || true = true
  EXPECT_EQ(evaluate_condition("DevOrRegion", stack), std::nullopt);  // false || ? = ?
}

TEST_F(Intrinsics, MissingAndCyclicConditionsAreUndecided) {
  EXPECT_EQ(evaluate_condition("Nowhere", stack), std::nullopt);
  EXPECT_EQ(evaluate_condition("LoopA", stack), std::nullopt);
  EXPECT_EQ(evaluate_condition("LoopB", stack), std::nullopt);
}

TEST_F(Intrinsics, ConditionFunctionAsAValueResolvesToABoolean) {
  Value v = fn("Condition", str("IsProd"));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_flag(), true);
  EXPECT_EQ(r.origin(), Origin::Defaulted);
}

TEST(IntrinsicsLimits, SharedSubConditionsDoNotBlowUpExponentially) {
  // C0 = And(C1, C1), C1 = And(C2, C2), ... : 2^60 paths without memoisation.
  Value::Object conditions;
  const int n = 60;
  for (int i = 0; i < n; ++i) {
    Value next = fn("Condition", str("C" + std::to_string(i + 1)));
    conditions.push_back(Member{"C" + std::to_string(i), {}, fn("Fn::And", arr({next, next}))});
  }
  conditions.push_back(Member{"C" + std::to_string(n), {}, fn("Fn::Equals", arr({str("x"), str("x")}))});
  Stack stack;
  stack.root = obj({{"Conditions", Value::object(std::move(conditions))}});
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(evaluate_condition("C0", stack), true);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(IntrinsicsLimits, MappingValuesThatCallFindInMapDoNotBlowUpExponentially) {
  // M.K.L0 = Join("", [FindInMap(M, K, L1), FindInMap(M, K, L1)]), and so on: without
  // care, 2^40 lookups and a 2^40-byte string from a template of a few kilobytes.
  // CloudFormation allows no intrinsic functions in Mappings, so there is nothing to
  // resolve: such a value is unresolved, not expanded.
  Value::Object levels;
  const int n = 40;
  for (int i = 0; i < n; ++i) {
    Value next = fn("Fn::FindInMap", arr({str("M"), str("K"), str("L" + std::to_string(i + 1))}));
    levels.push_back(Member{"L" + std::to_string(i), {}, fn("Fn::Join", arr({str(""), arr({next, next})}))});
  }
  levels.push_back(Member{"L" + std::to_string(n), {}, str("ab")});
  Stack stack;
  stack.root = obj({{"Mappings", obj({{"M", obj({{"K", Value::object(std::move(levels))}})}})}});
  const auto start = std::chrono::steady_clock::now();
  Value lookup = fn("Fn::FindInMap", arr({str("M"), str("K"), str("L0")}));
  EXPECT_EQ(resolve(lookup, stack).state(), Resolved::State::Unresolved);
  Value literal = fn("Fn::FindInMap", arr({str("M"), str("K"), str("L" + std::to_string(n))}));
  ASSERT_TRUE(resolve(literal, stack).is_known());
  EXPECT_EQ(resolve(literal, stack).value().as_string(), "ab");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(IntrinsicsLimits, ComputedTextIsCappedNotGrownWithoutBound) {
  // One 64 KiB parameter default joined 100,000 times is 6.5 GB of text from a
  // template of a few hundred kilobytes; past the cap the value is unresolved.
  Stack stack;
  stack.root = obj({{"Parameters", obj({{"Big", obj({{"Type", str("String")}, {"Default", str(std::string(65536, 'x'))}})}})}});
  Value::Array refs(100'000, ref("Big"));
  Value join = fn("Fn::Join", arr({str(""), Value::array(std::move(refs))}));
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(resolve(join, stack).state(), Resolved::State::Unresolved);
  Value sub = fn("Fn::Sub", str([] {
    std::string text;
    for (int i = 0; i < 100'000; ++i) text += "${Big}";
    return text;
  }()));
  EXPECT_EQ(resolve(sub, stack).state(), Resolved::State::Unresolved);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));

  // Below the cap, text is still computed.
  Value small = fn("Fn::Join", arr({str("-"), arr({ref("Big"), str("y")})}));
  Resolved r = resolve(small, stack);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string().size(), 65536u + 2u);
}

// --- Fn::If ---------------------------------------------------------------------

TEST_F(Intrinsics, IfPicksTheBranchOfItsCondition) {
  Value v = fn("Fn::If", arr({str("IsProd"), str("yes"), str("no")}));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "yes");
  EXPECT_EQ(&r.value(), &v.intrinsic_argument().items()[1]);
  // The branch was chosen by a parameter default, so the result rests on one.
  EXPECT_EQ(r.origin(), Origin::Defaulted);
}

TEST_F(Intrinsics, IfWithNoValueBranchIsNoValue) {
  Value v = fn("Fn::If", arr({str("IsProd"), ref("AWS::NoValue"), str("kept")}));
  EXPECT_EQ(resolve_(v).state(), Resolved::State::NoValue);
  Value w = fn("Fn::If", arr({str("IsDev"), ref("AWS::NoValue"), str("kept")}));
  Resolved r = resolve_(w);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "kept");
}

TEST_F(Intrinsics, IfBranchThatIsARefToAParameterResolvesIt) {
  Value v = fn("Fn::If", arr({str("IsProd"), ref("Retention"), num("1")}));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_number(), 30.0);
  EXPECT_EQ(r.origin(), Origin::Defaulted);
}

TEST_F(Intrinsics, IfOnUndecidedConditionIsUnresolvedAtTheConditionName) {
  Value v = fn("Fn::If", arr({str("InUsEast1"), str("a"), str("b")}));
  Resolved r = resolve_(v);
  EXPECT_EQ(r.state(), Resolved::State::Unresolved);
  EXPECT_EQ(r.unresolved_at(), &v.intrinsic_argument().items()[0]);
}

TEST_F(Intrinsics, IfWithoutLiteralDefaultsStaysWritten) {
  Value v = fn("Fn::If", arr({str("LiteralOnly"), str("a"), str("b")}));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.origin(), Origin::Written);
}

// --- Fn::FindInMap --------------------------------------------------------------

TEST_F(Intrinsics, FindInMapWithLiteralAndResolvableKeys) {
  Value literal = fn("Fn::FindInMap", arr({str("Sizes"), str("dev"), str("Instance")}));
  Resolved a = resolve_(literal);
  ASSERT_TRUE(a.is_known());
  EXPECT_EQ(a.value().as_string(), "t3.micro");
  EXPECT_EQ(a.origin(), Origin::Written);

  Value by_param = fn("Fn::FindInMap", arr({str("Sizes"), ref("Env"), str("Instance")}));
  Resolved b = resolve_(by_param);
  ASSERT_TRUE(b.is_known());
  EXPECT_EQ(b.value().as_string(), "m5.large");
  EXPECT_EQ(b.origin(), Origin::Defaulted);
}

TEST_F(Intrinsics, FindInMapWithUnknownKeyOrMissingEntry) {
  Value by_region = fn("Fn::FindInMap", arr({str("Sizes"), ref("AWS::Region"), str("Instance")}));
  Resolved r = resolve_(by_region);
  EXPECT_EQ(r.state(), Resolved::State::Unresolved);
  EXPECT_EQ(r.unresolved_at(), &by_region.intrinsic_argument().items()[1]);

  Value missing = fn("Fn::FindInMap", arr({str("Sizes"), str("qa"), str("Instance")}));
  EXPECT_EQ(resolve_(missing).state(), Resolved::State::Unresolved);

  Value with_default =
      fn("Fn::FindInMap", arr({str("Sizes"), str("qa"), str("Instance"), obj({{"DefaultValue", str("t3.nano")}})}));
  Resolved d = resolve_(with_default);
  ASSERT_TRUE(d.is_known());
  EXPECT_EQ(d.value().as_string(), "t3.nano");
}

// --- Fn::Join, Fn::Sub ----------------------------------------------------------

TEST_F(Intrinsics, JoinOverLiteralsAndDefaults) {
  Value v = fn("Fn::Join", arr({str("-"), arr({str("app"), ref("Env"), num("7"), Value::boolean(true)})}));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "app-prod-7-true");
  EXPECT_EQ(r.origin(), Origin::Defaulted);
}

TEST_F(Intrinsics, JoinDropsNoValueItemsAndJoinsAListParameter) {
  Value v = fn("Fn::Join", arr({str(","), arr({str("a"), ref("AWS::NoValue"), str("b")})}));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "a,b");

  Value zones = fn("Fn::Join", arr({str("|"), ref("Zones")}));
  Resolved z = resolve_(zones);
  ASSERT_TRUE(z.is_known());
  EXPECT_EQ(z.value().as_string(), "a|b|c");
}

TEST_F(Intrinsics, JoinWithAnUnresolvableItemBlamesThatItem) {
  Value v = fn("Fn::Join", arr({str(":"), arr({str("arn"), fn("Fn::GetAtt", arr({str("Bucket"), str("Arn")}))})}));
  Resolved r = resolve_(v);
  EXPECT_EQ(r.state(), Resolved::State::Unresolved);
  EXPECT_EQ(r.unresolved_at(), &v.intrinsic_argument().items()[1].items()[1]);
}

TEST_F(Intrinsics, SubReplacesParametersAndKeepsEscapedPlaceholders) {
  Value v = fn("Fn::Sub", str("${Env}-logs-${ Retention }d ${!Literal} $5"));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "prod-logs-30d ${Literal} $5");
  EXPECT_EQ(r.origin(), Origin::Defaulted);
}

TEST_F(Intrinsics, SubWithVariableMap) {
  Value v = fn("Fn::Sub", arr({str("${Prefix}/${Env}"),
                               obj({{"Prefix", fn("Fn::Join", arr({str(""), arr({str("a"), str("b")})}))}})}));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "ab/prod");
}

TEST_F(Intrinsics, SubWithAnythingUnresolvableIsUnresolved) {
  for (const char* text : {"arn:${AWS::Partition}:s3:::x", "${Bucket.Arn}", "${Bucket}", "${NoDefault}", "${Zones}"}) {
    Value v = fn("Fn::Sub", str(text));
    EXPECT_EQ(resolve_(v).state(), Resolved::State::Unresolved) << text;
  }
  Value var = fn("Fn::Sub", arr({str("${X}"), obj({{"X", fn("Fn::ImportValue", str("Shared"))}})}));
  Resolved r = resolve_(var);
  EXPECT_EQ(r.state(), Resolved::State::Unresolved);
  EXPECT_EQ(r.unresolved_at(), var.intrinsic_argument().items()[1].find("X"));
}

// --- Fn::Select, Fn::Split, and the rest ------------------------------------------

TEST_F(Intrinsics, SelectOverALiteralList) {
  Value v = fn("Fn::Select", arr({str("1"), arr({str("a"), ref("Env"), str("c")})}));
  Resolved r = resolve_(v);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "prod");

  Value out_of_range = fn("Fn::Select", arr({num("3"), arr({str("a")})}));
  EXPECT_EQ(resolve_(out_of_range).state(), Resolved::State::Unresolved);
  Value azs = fn("Fn::Select", arr({num("0"), fn("Fn::GetAZs", str(""))}));
  EXPECT_EQ(resolve_(azs).state(), Resolved::State::Unresolved);
}

TEST_F(Intrinsics, SelectOverComputedListsHandsOutItsOwnCopy) {
  Value from_param = fn("Fn::Select", arr({num("2"), ref("Zones")}));
  Resolved r = resolve_(from_param);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "c");

  Value from_split = fn("Fn::Select", arr({num("1"), fn("Fn::Split", arr({str("/"), str("x/y/z")}))}));
  Resolved s = resolve_(from_split);
  ASSERT_TRUE(s.is_known());
  EXPECT_EQ(s.value().as_string(), "y");
  Resolved copy = s;  // a copy must not point into a dead temporary
  EXPECT_EQ(copy.value().as_string(), "y");
}

TEST_F(Intrinsics, FunctionsKnownOnlyAtDeployAreUnresolved) {
  for (Value v : {fn("Fn::ImportValue", str("Shared")), fn("Fn::GetAtt", arr({str("Bucket"), str("Arn")})),
                  fn("Fn::GetAZs", str("")), fn("Fn::Base64", str("x")), fn("Fn::Cidr", arr({})),
                  fn("Fn::Transform", obj({}))}) {
    Resolved r = resolve_(v);
    EXPECT_EQ(r.state(), Resolved::State::Unresolved) << v.intrinsic();
    EXPECT_EQ(r.unresolved_at(), &v);
  }
}

// {"Fn::If": ["Yes", inner, "no"]}, built by moving (initializer lists would copy).
Value if_yes(Value inner) {
  Value::Array items;
  items.push_back(str("Yes"));
  items.push_back(std::move(inner));
  items.push_back(str("no"));
  Value::Object members;
  members.push_back(Member{"Fn::If", {}, Value::array(std::move(items))});
  return Value::object(std::move(members));
}

TEST(IntrinsicsLimits, DeepNestingGivesUpInsteadOfRecursingWithoutBound) {
  Stack stack;
  stack.root = obj({{"Conditions", obj({{"Yes", fn("Fn::Equals", arr({str("a"), str("a")}))}})}});
  Value v = str("bottom");
  for (int i = 0; i < 600; ++i) v = if_yes(std::move(v));
  EXPECT_EQ(resolve(v, stack).state(), Resolved::State::Unresolved);

  Value shallow = str("bottom");
  for (int i = 0; i < 10; ++i) shallow = if_yes(std::move(shallow));
  Resolved r = resolve(shallow, stack);
  ASSERT_TRUE(r.is_known());
  EXPECT_EQ(r.value().as_string(), "bottom");
}

}  // namespace
